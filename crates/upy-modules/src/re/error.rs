//! What compiling a pattern or a replacement template can fail with,
//! before it becomes a Python exception (`re.error` with its position,
//! or the other exceptions CPython raises from its parser).

/// A failure of the pure parts of `re` (parsing, compiling, template
/// parsing), each turned into CPython's exception by `raise_error`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReError {
    /// `re.error(msg, pattern, pos)`; no position for the compiler's
    /// errors ("look-behind requires fixed-width pattern").
    Syntax { msg: String, pos: Option<usize> },
    /// OverflowError: "the repetition number is too large".
    Overflow(String),
    /// ValueError from the flag checks ("cannot use LOCALE flag with a
    /// str pattern").
    Value(String),
    /// IndexError: an unknown group name in a template.
    Index(String),
    /// RecursionError: a pattern nested deeper than the parser allows.
    Recursion,
}

impl ReError {
    pub fn at(msg: impl Into<String>, pos: usize) -> ReError {
        ReError::Syntax {
            msg: msg.into(),
            pos: Some(pos),
        }
    }

    pub fn bare(msg: impl Into<String>) -> ReError {
        ReError::Syntax {
            msg: msg.into(),
            pos: None,
        }
    }
}

/// Python's `repr` of a str made of `chars`, for messages that quote a
/// name with `%r` ("unknown group name 'x'").
pub fn py_repr(chars: &[u32]) -> String {
    let has_single = chars.contains(&('\'' as u32));
    let has_double = chars.contains(&('"' as u32));
    let q = if has_single && !has_double { '"' } else { '\'' };
    let mut out = String::new();
    out.push(q);
    for &c in chars {
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            _ if ch == q => {
                out.push('\\');
                out.push(ch);
            }
            _ if c < 0x20 || c == 0x7f || (0x80..0xa0).contains(&c) => {
                out.push_str(&format!("\\x{:02x}", c))
            }
            _ => out.push(ch),
        }
    }
    out.push(q);
    out
}

/// `chars` as a Rust string (messages quote pieces of the pattern).
pub fn text(chars: &[u32]) -> String {
    chars
        .iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}
