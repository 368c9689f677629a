//! Signatures in CPython's `__text_signature__` form, parsed.

use super::{Receiver, Style};

/// A literal default value of a parameter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lit {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(&'static str),
}

/// A parameter's default.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ParamDefault {
    /// The argument must be given.
    Required,
    /// Optional, with no value that Python could spell (`=...` in the
    /// signature): the implementation tells absence with `Args::get`.
    Absent,
    Lit(Lit),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: &'static str,
    pub default: ParamDefault,
}

/// A parsed signature. `params` lists the positional parameters first
/// (`npos` of them, the first `posonly` positional-only), then the
/// keyword-only ones; `self` is not among them.
#[derive(Debug)]
pub struct Sig {
    pub name: &'static str,
    /// Whether the first parameter is `self` or `cls` (see `receiver`).
    pub has_self: bool,
    pub receiver: Receiver,
    pub params: Vec<Param>,
    pub posonly: usize,
    pub npos: usize,
    /// Positional parameters that must be given (the leading ones without
    /// a default).
    pub min_pos: usize,
    pub varargs: bool,
    pub varkw: bool,
    pub style: Style,
}

/// Parse a signature: `name(params)` in `__text_signature__` syntax.
pub fn parse(text: &'static str) -> Result<Sig, String> {
    let open = text.find('(').ok_or("no '('")?;
    let inner = text[open + 1..]
        .strip_suffix(')')
        .ok_or("no ')' at the end")?;
    let name = text[..open].trim();
    if name.is_empty() {
        return Err("no name".into());
    }
    let mut sig = Sig {
        name,
        has_self: false,
        receiver: Receiver::None,
        params: Vec::new(),
        posonly: 0,
        npos: 0,
        min_pos: 0,
        varargs: false,
        varkw: false,
        style: Style::Keywords,
    };
    let mut kwonly = false;
    let mut saw_slash = false;
    let parts: Vec<&'static str> = if inner.trim().is_empty() {
        Vec::new()
    } else {
        inner.split(',').map(str::trim).collect()
    };
    for (i, part) in parts.iter().enumerate() {
        match *part {
            "self" if i == 0 => {
                sig.has_self = true;
                sig.receiver = Receiver::Instance;
            }
            "cls" if i == 0 => {
                sig.has_self = true;
                sig.receiver = Receiver::Class;
            }
            "/" => {
                if saw_slash || kwonly {
                    return Err("misplaced '/'".into());
                }
                saw_slash = true;
                sig.posonly = sig.params.len();
            }
            "*" => kwonly = true,
            p if p.starts_with("**") => sig.varkw = true,
            p if p.starts_with('*') => {
                sig.varargs = true;
                kwonly = true;
            }
            p => {
                let (pname, default) = match p.split_once('=') {
                    Some((n, d)) => (n.trim(), parse_default(d.trim())?),
                    None => (p, ParamDefault::Required),
                };
                if !kwonly {
                    if default == ParamDefault::Required
                        && sig
                            .params
                            .iter()
                            .any(|q| q.default != ParamDefault::Required)
                    {
                        return Err(format!("required '{}' after an optional one", pname));
                    }
                    sig.npos += 1;
                }
                sig.params.push(Param {
                    name: pname,
                    default,
                });
            }
        }
    }
    sig.min_pos = sig.params[..sig.npos]
        .iter()
        .take_while(|p| p.default == ParamDefault::Required)
        .count();
    // `**kwargs` beside positional-only parameters (`dict.update`) keeps
    // the positional wording: keywords then all go to `**kwargs`.
    let all_posonly = sig.posonly == sig.params.len();
    sig.style = if !all_posonly {
        Style::Keywords
    } else if sig.params.is_empty() && !sig.varargs {
        Style::NoArgs
    } else if sig.params.len() == 1 && sig.min_pos == 1 && !sig.varargs {
        Style::OneArg
    } else {
        Style::Positional
    };
    Ok(sig)
}

fn parse_default(d: &'static str) -> Result<ParamDefault, String> {
    Ok(ParamDefault::Lit(match d {
        "..." => return Ok(ParamDefault::Absent),
        "None" => Lit::None,
        "True" => Lit::Bool(true),
        "False" => Lit::Bool(false),
        _ if d.len() >= 2 && (d.starts_with('\'') && d.ends_with('\'')) => {
            Lit::Str(&d[1..d.len() - 1])
        }
        _ => match d.parse::<i64>() {
            Ok(i) => Lit::Int(i),
            Err(_) => Lit::Float(d.parse::<f64>().map_err(|_| format!("default {:?}", d))?),
        },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_parse_with_their_style() {
        let s = parse("upper(self, /)").unwrap();
        assert!(s.has_self);
        assert_eq!(s.style, Style::NoArgs);
        let s = parse("len(obj, /)").unwrap();
        assert_eq!((s.style, s.min_pos, s.npos), (Style::OneArg, 1, 1));
        let s = parse("insert(self, index, object, /)").unwrap();
        assert_eq!((s.style, s.min_pos, s.npos), (Style::Positional, 2, 2));
        let s = parse("round(number, ndigits=None)").unwrap();
        assert_eq!((s.style, s.min_pos, s.npos), (Style::Keywords, 1, 2));
        let s = parse("sort(self, /, *, key=None, reverse=False)").unwrap();
        assert_eq!((s.style, s.npos, s.params.len()), (Style::Keywords, 0, 2));
        assert_eq!(s.params[1].default, ParamDefault::Lit(Lit::Bool(false)));
        let s = parse("max(*args, key=..., default=...)").unwrap();
        assert!(s.varargs);
        assert_eq!(s.params[0].default, ParamDefault::Absent);
        let s = parse("f(a=-1, b=2.5, c='utf-8', /)").unwrap();
        assert_eq!(s.params[2].default, ParamDefault::Lit(Lit::Str("utf-8")));
        assert_eq!(s.params[0].default, ParamDefault::Lit(Lit::Int(-1)));
        assert!(parse("f(a=1, b)").is_err());
        assert!(parse("f(a").is_err());
        assert!(parse("f(a=x)").is_err());
    }
}
