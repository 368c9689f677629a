//! Parsing `struct` format strings into a layout: byte order, and for
//! each code its count, offset and size (with native alignment for `@`).

/// One format code with its repeat count.
#[derive(Clone, Debug)]
pub struct Item {
    pub code: u8,
    /// Repeat count; for `s` and `p` the string length.
    pub count: usize,
    /// Byte offset of the first element.
    pub offset: usize,
    /// Size of one element (1 for `s`, `p`, `x`).
    pub size: usize,
}

impl Item {
    /// Number of values this item packs or unpacks.
    pub fn nvalues(&self) -> usize {
        match self.code {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => self.count,
        }
    }
}

/// A parsed format.
#[derive(Clone, Debug)]
pub struct Layout {
    pub items: Vec<Item>,
    pub size: usize,
    pub nvalues: usize,
    pub little: bool,
}

/// Why a format is rejected (all are `struct.error`).
pub enum FormatError {
    BadChar,
    CountWithoutCode,
    TooLong,
}

impl FormatError {
    pub fn message(&self) -> &'static str {
        match self {
            FormatError::BadChar => "bad char in struct format",
            FormatError::CountWithoutCode => "repeat count given without format specifier",
            FormatError::TooLong => "total struct size too long",
        }
    }
}

/// Size of one element of `code`, or None if the code is unknown in this
/// mode.
fn code_size(code: u8, native: bool) -> Option<usize> {
    Some(match code {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

/// Parse a format string.
pub fn parse(fmt: &[u8]) -> Result<Layout, FormatError> {
    let (little, native, rest) = match fmt.first() {
        Some(b'<') => (true, false, &fmt[1..]),
        Some(b'>') | Some(b'!') => (false, false, &fmt[1..]),
        Some(b'=') => (cfg!(target_endian = "little"), false, &fmt[1..]),
        Some(b'@') => (cfg!(target_endian = "little"), true, &fmt[1..]),
        _ => (cfg!(target_endian = "little"), true, fmt),
    };
    let mut items = Vec::new();
    let mut size: usize = 0;
    let mut nvalues = 0;
    let mut i = 0;
    while i < rest.len() {
        let mut c = rest[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                let Some(&d) = rest.get(i) else {
                    return Err(FormatError::CountWithoutCode);
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                    .ok_or(FormatError::TooLong)?;
            }
        }
        let esize = code_size(c, native).ok_or(FormatError::BadChar)?;
        if native && esize > 1 {
            size = size
                .div_ceil(esize)
                .checked_mul(esize)
                .ok_or(FormatError::TooLong)?;
        }
        let item = Item {
            code: c,
            count,
            offset: size,
            size: esize,
        };
        size = count
            .checked_mul(esize)
            .and_then(|n| n.checked_add(size))
            .filter(|n| *n <= isize::MAX as usize)
            .ok_or(FormatError::TooLong)?;
        nvalues += item.nvalues();
        items.push(item);
    }
    Ok(Layout {
        items,
        size,
        nvalues,
        little,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn size(f: &str) -> Option<usize> {
        parse(f.as_bytes()).ok().map(|l| l.size)
    }

    #[test]
    fn sizes() {
        assert_eq!(size("<bhiq"), Some(15));
        assert_eq!(size("bhiq"), Some(16));
        assert_eq!(size("qi"), Some(12));
        assert_eq!(size("@ci"), Some(8));
        assert_eq!(size("i i"), Some(8));
        assert_eq!(size("2 B"), None);
        assert_eq!(size(" <i"), None);
        assert_eq!(size("3"), None);
        assert_eq!(size("<n"), None);
    }
}
