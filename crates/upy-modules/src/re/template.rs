//! Replacement templates of `sub` and `Match.expand` (`\1`, `\g<name>`,
//! `\n`), parsed as CPython's `re._parser.parse_template` parses them,
//! with its messages.

use std::collections::HashMap;

use super::error::{py_repr, text, ReError};
use super::parse::{is_identifier, simple_escape};
use upy_vm::format::escape_non_ascii;

/// A piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Literal(Vec<u32>),
    Group(usize),
}

/// The largest group number CPython accepts (MAXGROUPS).
const MAXGROUPS: u64 = (1 << 30) - 1;

fn is_digit(c: Option<u32>) -> bool {
    c.is_some_and(|c| (0x30..=0x39).contains(&c))
}

fn is_octal(c: Option<u32>) -> bool {
    c.is_some_and(|c| (0x30..=0x37).contains(&c))
}

/// Parse `src` (code points; bytes as Latin-1) for a pattern with
/// `groups` groups named as in `names`.
pub fn parse_template(
    src: &[u32],
    istext: bool,
    groups: usize,
    names: &HashMap<Vec<u32>, usize>,
) -> Result<Vec<Piece>, ReError> {
    let mut out = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let mut i = 0;
    let err = |msg: String, pos: usize| {
        let msg = if istext { msg } else { escape_non_ascii(&msg) };
        ReError::at(msg, pos)
    };
    // The next token's character, if it is a plain (unescaped) one.
    let plain = |i: usize| src.get(i).copied().filter(|&c| c != '\\' as u32);
    while i < src.len() {
        let c = src[i];
        if c != '\\' as u32 {
            lit.push(c);
            i += 1;
            continue;
        }
        let Some(&e) = src.get(i + 1) else {
            return Err(err("bad escape (end of pattern)".into(), src.len() - 1));
        };
        i += 2;
        let mut group = None;
        match char::from_u32(e) {
            Some('g') => {
                if src.get(i) != Some(&('<' as u32)) {
                    return Err(err("missing <".into(), i));
                }
                i += 1;
                // getuntil('>'), where an escape is one token of two
                // characters.
                let mut name = Vec::new();
                loop {
                    let Some(&t) = src.get(i) else {
                        if name.is_empty() {
                            return Err(err("missing group name".into(), i));
                        }
                        return Err(err("missing >, unterminated name".into(), i - name.len()));
                    };
                    if t == '\\' as u32 {
                        match src.get(i + 1) {
                            Some(&u) => {
                                name.extend([t, u]);
                                i += 2;
                                continue;
                            }
                            None => {
                                return Err(err(
                                    "bad escape (end of pattern)".into(),
                                    src.len() - 1,
                                ))
                            }
                        }
                    }
                    i += 1;
                    if t == '>' as u32 {
                        if name.is_empty() {
                            return Err(err("missing group name".into(), i - 1));
                        }
                        break;
                    }
                    name.push(t);
                }
                let index = if is_identifier(&name) {
                    match names.get(&name) {
                        Some(&g) => g,
                        None => {
                            return Err(ReError::Index(format!(
                                "unknown group name {}",
                                py_repr(&name)
                            )))
                        }
                    }
                } else {
                    let bad = || {
                        err(
                            format!("bad character in group name {}", py_repr(&name)),
                            i - name.len() - 1,
                        )
                    };
                    if !name.iter().all(|&c| is_digit(Some(c))) {
                        return Err(bad());
                    }
                    let v = name.iter().fold(0u64, |n, &d| {
                        n.saturating_mul(10).saturating_add((d - 0x30) as u64)
                    });
                    if v >= MAXGROUPS {
                        return Err(err(
                            format!("invalid group reference {}", v),
                            i - name.len() - 1,
                        ));
                    }
                    v as usize
                };
                group = Some((index, i - name.len() - 1));
            }
            Some('0') => {
                let mut v = 0u32;
                for _ in 0..2 {
                    if is_octal(plain(i)) {
                        v = v * 8 + (src[i] - 0x30);
                        i += 1;
                    } else {
                        break;
                    }
                }
                lit.push(v & 0xff);
            }
            Some('1'..='9') => {
                let start = i - 1;
                let mut octal = false;
                if is_digit(plain(i)) {
                    let d2 = src[i];
                    i += 1;
                    if is_octal(Some(e)) && is_octal(Some(d2)) && is_octal(plain(i)) {
                        let d3 = src[i];
                        i += 1;
                        octal = true;
                        let v = (e - 0x30) * 64 + (d2 - 0x30) * 8 + (d3 - 0x30);
                        if v > 0o377 {
                            return Err(err(
                                format!(
                                    "octal escape value \\{} outside of range 0-0o377",
                                    text(&[e, d2, d3])
                                ),
                                i - 4,
                            ));
                        }
                        lit.push(v);
                    }
                }
                if !octal {
                    let digits = &src[start..i];
                    let v = digits
                        .iter()
                        .fold(0usize, |n, &d| n * 10 + (d - 0x30) as usize);
                    group = Some((v, start));
                }
            }
            _ => match simple_escape(e) {
                Some(v) => lit.push(v),
                None if e < 0x80 && (e as u8).is_ascii_alphabetic() => {
                    return Err(err(format!("bad escape \\{}", text(&[e])), i - 2));
                }
                None => lit.extend(['\\' as u32, e]),
            },
        }
        if let Some((index, pos)) = group {
            if index > groups {
                return Err(err(format!("invalid group reference {}", index), pos));
            }
            if !lit.is_empty() {
                out.push(Piece::Literal(std::mem::take(&mut lit)));
            }
            out.push(Piece::Group(index));
        }
    }
    if !lit.is_empty() {
        out.push(Piece::Literal(lit));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Result<Vec<Piece>, ReError> {
        let cs: Vec<u32> = s.chars().map(|c| c as u32).collect();
        let mut names = HashMap::new();
        names.insert("x".chars().map(|c| c as u32).collect(), 1);
        parse_template(&cs, true, 2, &names)
    }

    #[test]
    fn templates() {
        let l = |s: &str| Piece::Literal(s.chars().map(|c| c as u32).collect());
        assert_eq!(
            t(r"a\1b\g<x>\n").unwrap(),
            vec![l("a"), Piece::Group(1), l("b"), Piece::Group(1), l("\n")]
        );
        assert_eq!(t(r"\&").unwrap(), vec![l("\\&")]);
        assert_eq!(t(r"\3"), Err(ReError::at("invalid group reference 3", 1)));
        assert_eq!(t(r"\q"), Err(ReError::at("bad escape \\q", 0)));
        assert_eq!(
            t(r"\g<y>"),
            Err(ReError::Index("unknown group name 'y'".into()))
        );
        assert_eq!(t(r"\g"), Err(ReError::at("missing <", 2)));
        assert_eq!(
            t(r"\g<1"),
            Err(ReError::at("missing >, unterminated name", 3))
        );
        assert_eq!(t(r"\g<>"), Err(ReError::at("missing group name", 3)));
        assert_eq!(
            t(r"\g<-1>"),
            Err(ReError::at("bad character in group name '-1'", 3))
        );
        assert_eq!(
            t(r"\400"),
            Err(ReError::at(
                "octal escape value \\400 outside of range 0-0o377",
                0
            ))
        );
        assert_eq!(t(r"\0101"), Ok(vec![l("\x081")]));
    }
}
