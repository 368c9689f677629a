//! Character classification and case folding as `re` sees them: the
//! `\d`, `\w` and `\s` categories, word boundaries and case-insensitive
//! comparison, each in the three modes a pattern can be compiled in
//! (bytes, str with `re.ASCII`, Unicode str).

/// Which definitions of the categories and of case a pattern uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A bytes pattern: ASCII categories and case (as CPython's C locale).
    Bytes,
    /// A str pattern with `re.ASCII`: ASCII categories and case.
    Ascii,
    /// A str pattern: Unicode categories and simple case folding.
    Unicode,
}

/// The first code point of each run of ten decimal digits (category Nd)
/// in Unicode 14, CPython 3.11's version: Rust's `char` knows numeric
/// characters but not which of them are decimal digits.
const DECIMAL_RUNS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// A Unicode decimal digit (`str.isdecimal`).
fn is_decimal(c: u32) -> bool {
    let i = DECIMAL_RUNS.partition_point(|&s| s <= c);
    i > 0 && c - DECIMAL_RUNS[i - 1] < 10
}

/// `\d`.
pub fn is_digit(c: u32, mode: Mode) -> bool {
    match mode {
        Mode::Unicode if c >= 0x80 => is_decimal(c),
        _ => (0x30..=0x39).contains(&c),
    }
}

/// `\s`: `str.isspace`, or ASCII whitespace (space, `\t\n\v\f\r`).
pub fn is_space(c: u32, mode: Mode) -> bool {
    match mode {
        Mode::Unicode if c >= 0x80 => {
            char::from_u32(c).is_some_and(upy_vm::objects::str::is_py_space)
        }
        _ => {
            c == 0x20
                || (0x09..=0x0d).contains(&c)
                || (mode == Mode::Unicode && (0x1c..=0x1f).contains(&c))
        }
    }
}

/// `\w`: alphanumeric (`str.isalnum`) or the underscore.
pub fn is_word(c: u32, mode: Mode) -> bool {
    if c < 0x80 {
        let b = c as u8;
        return b.is_ascii_alphanumeric() || b == b'_';
    }
    if mode != Mode::Unicode {
        return false;
    }
    let t = &super::word_table::ALNUM;
    let i = t.partition_point(|&(lo, _)| lo <= c);
    i > 0 && c <= t[i - 1].1
}

fn single(mut it: impl Iterator<Item = char>) -> Option<char> {
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

/// The simple lowercase mapping of `c` (itself when the full mapping is
/// more than one character, as CPython's `getlower`).
pub fn lower(c: u32, mode: Mode) -> u32 {
    match mode {
        _ if c < 0x80 => (c as u8).to_ascii_lowercase() as u32,
        Mode::Unicode => match c {
            0x130 => 0x69,
            _ => char::from_u32(c)
                .and_then(|ch| single(ch.to_lowercase()))
                .map_or(c, |l| l as u32),
        },
        _ => c,
    }
}

/// The simple uppercase mapping of `c`.
pub fn upper(c: u32, mode: Mode) -> u32 {
    match mode {
        _ if c < 0x80 => (c as u8).to_ascii_uppercase() as u32,
        Mode::Unicode => char::from_u32(c)
            .and_then(|ch| single(ch.to_uppercase()))
            .map_or(c, |u| u as u32),
        _ => c,
    }
}

/// One representative of `c`'s case-equivalence class: two characters
/// match each other case-insensitively exactly when their folds are
/// equal. Lowercasing the uppercase form joins `ſ` with `s` and the
/// Kelvin sign with `k`, as CPython's extra cases do; the rest of those
/// extra cases are listed.
pub fn fold(c: u32, mode: Mode) -> u32 {
    if c < 0x80 || mode != Mode::Unicode {
        return lower(c, mode);
    }
    match c {
        0x130 => return 0x69,
        0x1fd3 => return 0x390,
        0x1fe3 => return 0x3b0,
        0xfb05 => return 0xfb06,
        _ => {}
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    if let Some(l) = single(ch.to_uppercase()).and_then(|u| single(u.to_lowercase())) {
        return l as u32;
    }
    single(ch.to_lowercase()).map_or(c, |l| l as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories() {
        assert!(is_digit('٣' as u32, Mode::Unicode));
        assert!(!is_digit('٣' as u32, Mode::Ascii));
        assert!(!is_digit('²' as u32, Mode::Unicode));
        assert!(is_word('é' as u32, Mode::Unicode));
        assert!(!is_word(0xe9, Mode::Bytes));
        assert!(is_space(0x1c, Mode::Unicode));
        assert!(!is_space(0x1c, Mode::Bytes));
        assert!(is_space(0x3000, Mode::Unicode));
    }

    #[test]
    fn folding() {
        let u = Mode::Unicode;
        assert_eq!(fold('ſ' as u32, u), 's' as u32);
        assert_eq!(fold('K' as u32, u), fold(0x212a, u));
        assert_eq!(fold('ß' as u32, u), fold(0x1e9e, u));
        assert_eq!(fold('É' as u32, Mode::Ascii), 'É' as u32);
        assert_eq!(fold(0xc9, Mode::Bytes), 0xc9);
    }
}
