//! Turns source text into tokens, including INDENT/DEDENT and decoded
//! string literals.

use crate::error::{SResult, SyntaxError};
use crate::token::{Tok, Token, OPERATORS};

/// CPython refuses more than this many open brackets; so do we, which also
/// bounds the parser's recursion.
pub const MAX_BRACKET_DEPTH: usize = 200;

/// Indentation levels allowed, the outermost included (CPython's 100).
const MAX_INDENT: usize = 100;

/// Tokenize a whole module.
pub fn tokenize(src: &str) -> SResult<Vec<Token>> {
    let mut lx = Lexer {
        src: src.as_bytes(),
        text: src,
        pos: 0,
        line: 1,
        line_start: 0,
        indents: vec![0],
        brackets: Vec::new(),
        out: Vec::new(),
    };
    lx.run()?;
    Ok(lx.out)
}

struct Lexer<'a> {
    src: &'a [u8],
    text: &'a str,
    pos: usize,
    line: u32,
    line_start: usize,
    indents: Vec<usize>,
    brackets: Vec<(u8, u32)>,
    out: Vec<Token>,
}

impl<'a> Lexer<'a> {
    fn err<T>(&self, msg: impl Into<String>) -> SResult<T> {
        Err(SyntaxError::new(msg, self.line, self.col()))
    }

    fn col(&self) -> u32 {
        (self.pos - self.line_start + 1) as u32
    }

    fn peek(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    fn peek_at(&self, n: usize) -> u8 {
        self.src.get(self.pos + n).copied().unwrap_or(0)
    }

    fn push(&mut self, kind: Tok, line: u32, col: u32) {
        self.out.push(Token { kind, line, col });
    }

    fn newline(&mut self) {
        self.line += 1;
        self.line_start = self.pos;
    }

    fn run(&mut self) -> SResult<()> {
        let mut at_line_start = true;
        loop {
            if at_line_start && self.brackets.is_empty() {
                if !self.indentation()? {
                    break;
                }
                at_line_start = false;
            }
            let c = self.peek();
            if c == 0 && self.pos >= self.src.len() {
                break;
            }
            match c {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'#' => {
                    while self.pos < self.src.len() && self.peek() != b'\n' {
                        self.pos += 1;
                    }
                }
                b'\r' | b'\n' => {
                    let line = self.line;
                    let col = self.col();
                    if c == b'\r' && self.peek_at(1) == b'\n' {
                        self.pos += 1;
                    }
                    self.pos += 1;
                    if self.brackets.is_empty() {
                        self.push(Tok::Newline, line, col);
                        at_line_start = true;
                    }
                    self.newline();
                }
                b'\\' => {
                    let nl = self.peek_at(1);
                    if nl == b'\n' || (nl == b'\r' && self.peek_at(2) == b'\n') {
                        self.pos += if nl == b'\r' { 3 } else { 2 };
                        self.newline();
                        if self.pos >= self.src.len() {
                            return self.err("unexpected EOF while parsing");
                        }
                    } else if nl == b'\r' {
                        self.pos += 2;
                        self.newline();
                    } else {
                        return self.err("unexpected character after line continuation character");
                    }
                }
                b'0'..=b'9' => self.number()?,
                b'.' if self.peek_at(1).is_ascii_digit() => self.number()?,
                b'"' | b'\'' => self.string(String::new())?,
                c if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => self.name_or_string()?,
                _ => self.operator()?,
            }
        }
        if !self.brackets.is_empty() {
            return Err(SyntaxError::new(
                "unexpected EOF while parsing",
                self.line,
                self.col(),
            ));
        }
        let line = self.line;
        if !matches!(
            self.out.last().map(|t| &t.kind),
            None | Some(Tok::Newline) | Some(Tok::Dedent)
        ) {
            self.push(Tok::Newline, line, self.col());
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, line, 1);
        }
        self.push(Tok::End, line, 1);
        Ok(())
    }

    /// Measure indentation at the start of a logical line and emit
    /// INDENT/DEDENT. Returns false at end of input.
    fn indentation(&mut self) -> SResult<bool> {
        loop {
            let mut width = 0usize;
            while self.pos < self.src.len() {
                match self.peek() {
                    b' ' => width += 1,
                    b'\t' => width = (width / 8 + 1) * 8,
                    b'\x0c' => width = 0,
                    _ => break,
                }
                self.pos += 1;
            }
            let c = self.peek();
            if self.pos >= self.src.len() {
                return Ok(false);
            }
            if c == b'#' || c == b'\n' || c == b'\r' {
                // Blank or comment-only line: no indentation change.
                while self.pos < self.src.len() && self.peek() != b'\n' && self.peek() != b'\r' {
                    self.pos += 1;
                }
                if self.pos >= self.src.len() {
                    return Ok(false);
                }
                if self.peek() == b'\r' && self.peek_at(1) == b'\n' {
                    self.pos += 1;
                }
                self.pos += 1;
                self.newline();
                continue;
            }
            let cur = *self.indents.last().unwrap_or(&0);
            let line = self.line;
            if width > cur {
                // CPython's limit, which also bounds how deep statements
                // nest (and so the compiler's recursion).
                if self.indents.len() >= MAX_INDENT {
                    return Err(SyntaxError::indentation(
                        "too many levels of indentation",
                        line,
                        self.col(),
                    ));
                }
                self.indents.push(width);
                self.push(Tok::Indent, line, 1);
            } else if width < cur {
                while width < *self.indents.last().unwrap_or(&0) {
                    self.indents.pop();
                    self.push(Tok::Dedent, line, 1);
                }
                if width != *self.indents.last().unwrap_or(&0) {
                    return Err(SyntaxError::indentation(
                        "unindent does not match any outer indentation level",
                        line,
                        self.col(),
                    ));
                }
            }
            return Ok(true);
        }
    }

    fn operator(&mut self) -> SResult<()> {
        let rest = &self.src[self.pos..];
        let line = self.line;
        let col = self.col();
        for op in OPERATORS {
            if rest.starts_with(op.as_bytes()) {
                match *op {
                    "(" | "[" | "{" => {
                        if self.brackets.len() >= MAX_BRACKET_DEPTH {
                            return self.err("too many nested parentheses");
                        }
                        self.brackets.push((op.as_bytes()[0], line));
                    }
                    ")" | "]" | "}" => {
                        let want = match *op {
                            ")" => b'(',
                            "]" => b'[',
                            _ => b'{',
                        };
                        match self.brackets.pop() {
                            None => return self.err(format!("unmatched '{}'", op)),
                            Some((open, _)) if open != want => {
                                return self.err(format!(
                                "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                op, open as char
                            ))
                            }
                            _ => {}
                        }
                    }
                    _ => {}
                }
                self.pos += op.len();
                self.push(Tok::Op(op), line, col);
                return Ok(());
            }
        }
        let ch = self.text[self.pos..].chars().next().unwrap_or('?');
        if ch.is_ascii() {
            return self.err("invalid syntax");
        }
        self.err(format!("invalid character '{}' (U+{:04X})", ch, ch as u32))
    }

    fn name_or_string(&mut self) -> SResult<()> {
        let start = self.pos;
        let line = self.line;
        let col = self.col();
        // Possible string prefix.
        let mut end = self.pos;
        while end < self.src.len() && end - start < 3 && self.src[end].is_ascii_alphabetic() {
            end += 1;
        }
        for plen in (1..=end - start).rev() {
            let q = self.src.get(start + plen).copied().unwrap_or(0);
            if q == b'"' || q == b'\'' {
                let prefix = self.text[start..start + plen].to_ascii_lowercase();
                if matches!(
                    prefix.as_str(),
                    "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
                ) {
                    self.pos = start + plen;
                    return self.string(prefix);
                }
            }
        }
        let rest = &self.text[start..];
        let mut len = 0;
        for ch in rest.chars() {
            if ch == '_' || ch.is_alphanumeric() {
                len += ch.len_utf8();
            } else {
                break;
            }
        }
        if len == 0 {
            let ch = rest.chars().next().unwrap_or('?');
            return self.err(format!("invalid character '{}' (U+{:04X})", ch, ch as u32));
        }
        self.pos += len;
        let name = rest[..len].to_string();
        self.push(Tok::Name(name), line, col);
        Ok(())
    }

    fn number(&mut self) -> SResult<()> {
        let line = self.line;
        let col = self.col();
        let b = self.src;
        if b[self.pos] == b'0' && matches!(self.peek_at(1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B')
        {
            let radix = match self.peek_at(1).to_ascii_lowercase() {
                b'x' => 16,
                b'o' => 8,
                _ => 2,
            };
            self.pos += 2;
            let mut digits = String::new();
            let mut last_us = true;
            while self.pos < b.len() {
                let c = b[self.pos];
                if c == b'_' {
                    if last_us && !digits.is_empty() {
                        return self.err("invalid decimal literal");
                    }
                    last_us = true;
                } else if (c as char).is_digit(radix) {
                    digits.push(c as char);
                    last_us = false;
                } else if c.is_ascii_alphanumeric() {
                    let kind = match radix {
                        16 => "hexadecimal",
                        8 => "octal",
                        _ => "binary",
                    };
                    if c.is_ascii_digit() {
                        return self
                            .err(format!("invalid digit '{}' in {} literal", c as char, kind));
                    }
                    return self.err(format!("invalid {} literal", kind));
                } else {
                    break;
                }
                self.pos += 1;
            }
            if digits.is_empty() || last_us {
                let kind = match radix {
                    16 => "hexadecimal",
                    8 => "octal",
                    _ => "binary",
                };
                return self.err(format!("invalid {} literal", kind));
            }
            let prefix = match radix {
                16 => "0x",
                8 => "0o",
                _ => "0b",
            };
            self.push(Tok::Int(format!("{}{}", prefix, digits)), line, col);
            return Ok(());
        }
        let mut text = String::new();
        let mut is_float = false;
        let digits = |lx: &mut Lexer, text: &mut String| -> SResult<()> {
            let mut prev_us = false;
            let mut any = false;
            while lx.pos < lx.src.len() {
                let c = lx.src[lx.pos];
                if c.is_ascii_digit() {
                    text.push(c as char);
                    prev_us = false;
                    any = true;
                } else if c == b'_' && any && !prev_us && lx.peek_at(1).is_ascii_digit() {
                    prev_us = true;
                } else {
                    break;
                }
                lx.pos += 1;
            }
            Ok(())
        };
        digits(self, &mut text)?;
        if self.peek() == b'.' {
            is_float = true;
            text.push('.');
            self.pos += 1;
            digits(self, &mut text)?;
        }
        if matches!(self.peek(), b'e' | b'E') {
            let save = self.pos;
            let mut exp = String::from("e");
            self.pos += 1;
            if matches!(self.peek(), b'+' | b'-') {
                exp.push(self.peek() as char);
                self.pos += 1;
            }
            if self.peek().is_ascii_digit() {
                digits(self, &mut exp)?;
                text.push_str(&exp);
                is_float = true;
            } else {
                self.pos = save;
                return self.err("invalid decimal literal");
            }
        }
        if matches!(self.peek(), b'j' | b'J') {
            self.pos += 1;
            let v: f64 = text.parse().unwrap_or(0.0);
            self.push(Tok::Imag(v), line, col);
            return self.check_number_end();
        }
        if is_float {
            let v: f64 = text.parse().unwrap_or(f64::INFINITY);
            self.push(Tok::Float(v), line, col);
        } else {
            if text.len() > 1 && text.starts_with('0') && text.bytes().any(|c| c != b'0') {
                return Err(SyntaxError::new(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line,
                    col,
                ));
            }
            self.push(Tok::Int(text), line, col);
        }
        self.check_number_end()
    }

    fn check_number_end(&mut self) -> SResult<()> {
        let c = self.peek();
        if c == b'_' || c.is_ascii_alphanumeric() {
            // `1if x else y` is accepted by CPython with a warning; keywords
            // directly after a number are allowed, anything else is not.
            let rest = &self.text[self.pos..];
            for kw in ["if", "else", "and", "or", "in", "is", "not", "for"] {
                if rest.starts_with(kw) {
                    return Ok(());
                }
            }
            return self.err("invalid decimal literal");
        }
        Ok(())
    }

    /// Lex a string literal starting at the opening quote; `prefix` is the
    /// lowercase prefix letters.
    fn string(&mut self, prefix: String) -> SResult<()> {
        let line = self.line;
        let col = self.col();
        let raw = prefix.contains('r');
        let is_bytes = prefix.contains('b');
        let is_f = prefix.contains('f');
        let q = self.peek();
        let triple = self.peek_at(1) == q && self.peek_at(2) == q;
        self.pos += if triple { 3 } else { 1 };
        let body_start = self.pos;
        let body_end;
        loop {
            if self.pos >= self.src.len() {
                if triple {
                    return Err(SyntaxError::new(
                        format!(
                            "unterminated triple-quoted string literal (detected at line {})",
                            self.line
                        ),
                        line,
                        col,
                    ));
                }
                return Err(SyntaxError::new(
                    format!("unterminated string literal (detected at line {})", line),
                    line,
                    col,
                ));
            }
            let c = self.peek();
            if c == b'\\' {
                self.pos += 1;
                if self.peek() == b'\n' {
                    self.pos += 1;
                    self.newline();
                } else if self.peek() == b'\r' {
                    self.pos += 1;
                    if self.peek() == b'\n' {
                        self.pos += 1;
                    }
                    self.newline();
                } else if self.pos < self.src.len() {
                    self.pos += 1;
                }
                continue;
            }
            if c == b'\n' || c == b'\r' {
                if !triple {
                    return Err(SyntaxError::new(
                        format!("unterminated string literal (detected at line {})", line),
                        line,
                        col,
                    ));
                }
                self.pos += 1;
                if c == b'\r' && self.peek() == b'\n' {
                    self.pos += 1;
                }
                self.newline();
                continue;
            }
            if c == q {
                if !triple {
                    body_end = self.pos;
                    self.pos += 1;
                    break;
                }
                if self.peek_at(1) == q && self.peek_at(2) == q {
                    body_end = self.pos;
                    self.pos += 3;
                    break;
                }
            }
            self.pos += 1;
        }
        let body = &self.text[body_start..body_end];
        // Normalise newlines inside literals to \n as CPython does.
        let body = if body.contains('\r') {
            body.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            body.to_string()
        };
        if is_f {
            self.push(Tok::FStr { body, raw }, line, col);
            return Ok(());
        }
        if is_bytes {
            if !body.is_ascii() {
                return Err(SyntaxError::new(
                    "bytes can only contain ASCII literal characters",
                    line,
                    col,
                ));
            }
            let bytes = if raw {
                body.into_bytes()
            } else {
                decode_escapes_bytes(&body).map_err(|m| SyntaxError::new(m, line, col))?
            };
            self.push(Tok::Bytes(bytes), line, col);
        } else {
            let s = if raw {
                body
            } else {
                decode_escapes(&body).map_err(|m| SyntaxError::new(m, line, col))?
            };
            self.push(Tok::Str(s), line, col);
        }
        Ok(())
    }
}

/// Decode backslash escapes of a str literal.
pub fn decode_escapes(s: &str) -> Result<String, String> {
    if !s.contains('\\') {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some(e) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(d) if d.is_digit(8) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for _ in 0..n {
                    match chars.next().and_then(|d| d.to_digit(16)) {
                        Some(d) => v = v * 16 + d,
                        None => {
                            let kind = match e {
                                'x' => "\\xXX",
                                'u' => "\\uXXXX",
                                _ => "\\UXXXXXXXX",
                            };
                            return Err(format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes: truncated {} escape",
                                kind
                            ));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // Lone surrogates cannot be held in UTF-8 text; they
                    // become U+FFFD (a known difference from CPython).
                    None if (0xd800..0xe000).contains(&v) => out.push('\u{fffd}'),
                    None => {
                        return Err(
                            "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character"
                                .into(),
                        )
                    }
                }
            }
            'N' => {
                if chars.peek() != Some(&'{') {
                    return Err(
                        "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape"
                            .into(),
                    );
                }
                chars.next();
                let mut name = String::new();
                for ch in chars.by_ref() {
                    if ch == '}' {
                        break;
                    }
                    name.push(ch);
                }
                match char_by_name(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(
                            "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name"
                                .into(),
                        )
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Decode backslash escapes of a bytes literal (no \u, \U or \N).
pub fn decode_escapes_bytes(s: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let h = b.get(i..i + 2).and_then(|h| {
                    std::str::from_utf8(h)
                        .ok()
                        .and_then(|h| u8::from_str_radix(h, 16).ok())
                });
                match h {
                    Some(v) if b[i..i + 2].iter().all(|c| c.is_ascii_hexdigit()) => {
                        out.push(v);
                        i += 2;
                    }
                    _ => return Err("(value error) invalid \\x escape at position 0".to_string()),
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// The character a `\N{name}` escape names (in string literals and in
/// `re` patterns), if any.
pub fn char_by_name(name: &str) -> Option<char> {
    // No character's name starts with a hyphen, and the crate's look-up
    // overflows on one (a panic in debug builds).
    if name.starts_with('-') {
        return None;
    }
    unicode_names2::character(name)
}
