//! File names on FAT: short (8.3) names with their case flags, long-name
//! entries, and the byte mapping MicroPython's FatFs configuration uses
//! (API names are bytes in code page 437: a UTF-8 name's bytes above 0x7f
//! are stored as the CP437 characters they stand for, so names round-trip
//! byte for byte with MicroPython boards).

/// CP437's characters for bytes 0x80-0xff.
const CP437_HIGH: [char; 128] = [
    '\u{00c7}', '\u{00fc}', '\u{00e9}', '\u{00e2}', '\u{00e4}', '\u{00e0}', '\u{00e5}', '\u{00e7}',
    '\u{00ea}', '\u{00eb}', '\u{00e8}', '\u{00ef}', '\u{00ee}', '\u{00ec}', '\u{00c4}', '\u{00c5}',
    '\u{00c9}', '\u{00e6}', '\u{00c6}', '\u{00f4}', '\u{00f6}', '\u{00f2}', '\u{00fb}', '\u{00f9}',
    '\u{00ff}', '\u{00d6}', '\u{00dc}', '\u{00a2}', '\u{00a3}', '\u{00a5}', '\u{20a7}', '\u{0192}',
    '\u{00e1}', '\u{00ed}', '\u{00f3}', '\u{00fa}', '\u{00f1}', '\u{00d1}', '\u{00aa}', '\u{00ba}',
    '\u{00bf}', '\u{2310}', '\u{00ac}', '\u{00bd}', '\u{00bc}', '\u{00a1}', '\u{00ab}', '\u{00bb}',
    '\u{2591}', '\u{2592}', '\u{2593}', '\u{2502}', '\u{2524}', '\u{2561}', '\u{2562}', '\u{2556}',
    '\u{2555}', '\u{2563}', '\u{2551}', '\u{2557}', '\u{255d}', '\u{255c}', '\u{255b}', '\u{2510}',
    '\u{2514}', '\u{2534}', '\u{252c}', '\u{251c}', '\u{2500}', '\u{253c}', '\u{255e}', '\u{255f}',
    '\u{255a}', '\u{2554}', '\u{2569}', '\u{2566}', '\u{2560}', '\u{2550}', '\u{256c}', '\u{2567}',
    '\u{2568}', '\u{2564}', '\u{2565}', '\u{2559}', '\u{2558}', '\u{2552}', '\u{2553}', '\u{256b}',
    '\u{256a}', '\u{2518}', '\u{250c}', '\u{2588}', '\u{2584}', '\u{258c}', '\u{2590}', '\u{2580}',
    '\u{03b1}', '\u{00df}', '\u{0393}', '\u{03c0}', '\u{03a3}', '\u{03c3}', '\u{00b5}', '\u{03c4}',
    '\u{03a6}', '\u{0398}', '\u{03a9}', '\u{03b4}', '\u{221e}', '\u{03c6}', '\u{03b5}', '\u{2229}',
    '\u{2261}', '\u{00b1}', '\u{2265}', '\u{2264}', '\u{2320}', '\u{2321}', '\u{00f7}', '\u{2248}',
    '\u{00b0}', '\u{2219}', '\u{00b7}', '\u{221a}', '\u{207f}', '\u{00b2}', '\u{25a0}', '\u{00a0}',
];

/// The UTF-16 code units a name's bytes are stored as in long-name
/// entries.
pub fn to_utf16(name: &[u8]) -> Vec<u16> {
    name.iter()
        .map(|&b| {
            if b < 0x80 {
                b as u16
            } else {
                CP437_HIGH[b as usize - 0x80] as u16
            }
        })
        .collect()
}

/// A long name's bytes back ('?' for a character CP437 lacks, as FatFs).
pub fn from_utf16(units: &[u16]) -> Vec<u8> {
    units
        .iter()
        .map(|&u| {
            if u < 0x80 {
                u as u8
            } else {
                CP437_HIGH
                    .iter()
                    .position(|&c| c as u32 == u as u32)
                    .map(|i| 0x80 + i as u8)
                    .unwrap_or(b'?')
            }
        })
        .collect()
}

/// Characters FatFs refuses in any name (EINVAL).
pub fn invalid_char(b: u8) -> bool {
    b < 0x20 || b"\"*:<>?|\x7f".contains(&b)
}

/// NT case flags of a short entry: the base name, or the extension, is
/// all lower case.
pub const LOWER_BASE: u8 = 0x08;
pub const LOWER_EXT: u8 = 0x10;

/// The short name FatFs derives from a long one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortName {
    /// Upper-case 8.3 name, space padded.
    pub raw: [u8; 11],
    /// Long-name entries are needed (not a plain 8.3 name in one case).
    pub needs_lfn: bool,
    /// Characters were dropped or replaced: a numbered tail (~1...) must
    /// make it unique.
    pub lossy: bool,
    /// NT case flags for a name stored without long-name entries.
    pub case: u8,
}

/// Derive the short name of `name` (already stripped of trailing dots and
/// spaces).
pub fn short_name(name: &[u8]) -> ShortName {
    let mut raw = [b' '; 11];
    let mut lfn = false;
    let mut lossy = false;
    // Leading dots and spaces are dropped.
    let mut si = name.iter().take_while(|&&c| c == b' ' || c == b'.').count();
    if si > 0 {
        lfn = true;
        lossy = true;
    }
    // The extension starts after the last dot (if past the leading ones).
    let dot = name.iter().rposition(|&c| c == b'.').filter(|&d| d >= si);
    let mut i = 0;
    let mut limit = 8;
    // Case seen in the base (bits 2-3) and extension (bits 0-1): 1 lower,
    // 2 upper.
    let mut case_base = 0u8;
    let mut case_ext = 0u8;
    let mut in_ext = false;
    while si < name.len() {
        let c = name[si];
        if Some(si) == dot {
            if in_ext {
                break;
            }
            in_ext = true;
            i = 8;
            limit = 11;
            si += 1;
            continue;
        }
        si += 1;
        if c == b' ' || c == b'.' {
            lfn = true;
            lossy = true;
            continue;
        }
        if i >= limit {
            lfn = true;
            lossy = true;
            if in_ext {
                break;
            }
            // Skip the rest of the base; the extension may follow.
            match dot {
                Some(d) if d >= si - 1 => {
                    si = d;
                    continue;
                }
                _ => break,
            }
        }
        let mut b = c;
        if c >= 0x80 {
            lfn = true;
        } else if b"+,;=[]".contains(&c) {
            b = b'_';
            lfn = true;
            lossy = true;
        } else {
            let seen = if in_ext {
                &mut case_ext
            } else {
                &mut case_base
            };
            if c.is_ascii_uppercase() {
                *seen |= 2;
            } else if c.is_ascii_lowercase() {
                *seen |= 1;
                b = c.to_ascii_uppercase();
            }
        }
        raw[i] = b;
        i += 1;
    }
    if raw[0] == 0xe5 {
        // 0xe5 marks deleted entries; FatFs stores 0x05 instead.
        raw[0] = 0x05;
    }
    if case_base == 3 || case_ext == 3 {
        lfn = true;
    }
    let mut case = 0;
    if !lfn {
        if case_base == 1 {
            case |= LOWER_BASE;
        }
        if case_ext == 1 {
            case |= LOWER_EXT;
        }
    }
    ShortName {
        raw,
        needs_lfn: lfn,
        lossy,
        case,
    }
}

/// `raw` with the numbered tail for attempt `seq` (1, 2, ... ; past 5 a
/// hash of the long name stands in, as FatFs does, so that a directory
/// full of similar names does not take thousands of tries).
pub fn numbered(raw: &[u8; 11], long: &[u16], seq: u32) -> [u8; 11] {
    let mut n = seq;
    if seq > 5 {
        let mut reg = seq;
        for &u in long {
            let mut w = u as u32;
            for _ in 0..16 {
                reg = (reg << 1) + (w & 1);
                w >>= 1;
                if reg & 0x10000 != 0 {
                    reg ^= 0x11021;
                }
            }
        }
        n = reg;
    }
    let mut tail = Vec::new();
    loop {
        let d = (n % 16) as u8;
        tail.push(if d < 10 { b'0' + d } else { b'A' + d - 10 });
        n /= 16;
        if n == 0 {
            break;
        }
    }
    tail.push(b'~');
    tail.reverse();
    let mut out = *raw;
    let base_len = raw[..8].iter().position(|&c| c == b' ').unwrap_or(8);
    let keep = base_len.min(8 - tail.len());
    for (k, slot) in out[..8].iter_mut().enumerate() {
        *slot = if k < keep {
            raw[k]
        } else if k - keep < tail.len() {
            tail[k - keep]
        } else {
            b' '
        };
    }
    out
}

/// The checksum of a short name that its long-name entries carry.
pub fn checksum(raw: &[u8; 11]) -> u8 {
    raw.iter()
        .fold(0u8, |s, &b| s.rotate_right(1).wrapping_add(b))
}

/// A short entry's name as bytes, with its case flags applied.
pub fn short_display(raw: &[u8; 11], case: u8) -> Vec<u8> {
    let mut base: Vec<u8> = raw[..8].to_vec();
    if base[0] == 0x05 {
        base[0] = 0xe5;
    }
    while base.last() == Some(&b' ') {
        base.pop();
    }
    let mut ext: Vec<u8> = raw[8..].to_vec();
    while ext.last() == Some(&b' ') {
        ext.pop();
    }
    if case & LOWER_BASE != 0 {
        base.make_ascii_lowercase();
    }
    if case & LOWER_EXT != 0 {
        ext.make_ascii_lowercase();
    }
    if !ext.is_empty() {
        base.push(b'.');
        base.extend_from_slice(&ext);
    }
    base
}

/// Whether two names are the same on FAT (case-insensitive).
pub fn same_name(a: &[u8], b: &[u8]) -> bool {
    if a.len() == b.len() && a.eq_ignore_ascii_case(b) {
        return true;
    }
    // Every lookup compares the name with each entry of a directory:
    // names in ASCII (nearly all) are settled without building anything.
    if a.is_ascii() && b.is_ascii() {
        return false;
    }
    let (ua, ub) = (to_utf16(a), to_utf16(b));
    let up = |u: &[u16]| {
        u.iter()
            .filter_map(|&u| char::from_u32(u as u32))
            .flat_map(char::to_uppercase)
            .collect::<Vec<char>>()
    };
    up(&ua) == up(&ub)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sn(s: &str) -> (String, bool, bool, u8) {
        let r = short_name(s.as_bytes());
        (
            String::from_utf8_lossy(&r.raw).into_owned(),
            r.needs_lfn,
            r.lossy,
            r.case,
        )
    }

    #[test]
    fn short_names_as_fatfs_makes_them() {
        // All-lower 8.3 names need no long entry: NT flags keep the case.
        assert_eq!(
            sn("foo_file.txt"),
            ("FOO_FILETXT".into(), false, false, 0x18)
        );
        assert_eq!(sn("README"), ("README     ".into(), false, false, 0));
        assert_eq!(sn("data.TXT"), ("DATA    TXT".into(), false, false, 0x08));
        // Mixed case in one part: a long entry, the short one is exact.
        assert_eq!(sn("Readme.txt"), ("README  TXT".into(), true, false, 0));
        // Too long, spaces, several dots, odd characters: lossy.
        assert_eq!(sn("a long name.txt"), ("ALONGNAMTXT".into(), true, true, 0));
        assert_eq!(sn("archive.tar.gz"), ("ARCHIVETGZ ".into(), true, true, 0));
        assert_eq!(sn("a+b.c"), ("A_B     C  ".into(), true, true, 0));
        assert_eq!(sn("toolongname"), ("TOOLONGN   ".into(), true, true, 0));
        assert_eq!(sn(".hidden"), ("HIDDEN     ".into(), true, true, 0));
        assert_eq!(sn("x.long"), ("X       LON".into(), true, true, 0));
    }

    #[test]
    fn numbered_tails() {
        let raw = *b"ALONGNAMTXT";
        let long = to_utf16(b"a long name.txt");
        assert_eq!(&numbered(&raw, &long, 1), b"ALONGN~1TXT");
        assert_eq!(&numbered(&raw, &long, 5), b"ALONGN~5TXT");
        let short = *b"AB      TXT";
        assert_eq!(&numbered(&short, &long, 2), b"AB~2    TXT");
        // Past 5 the tail is a hash of the long name, in hex.
        let h = numbered(&raw, &long, 6);
        assert_eq!(h[8..], raw[8..]);
        assert!(h[..8].contains(&b'~'));
    }

    #[test]
    fn names_map_through_cp437_and_compare_without_case() {
        let name = "caf\u{e9}.txt".as_bytes();
        let units = to_utf16(name);
        assert_eq!(from_utf16(&units), name);
        assert_eq!(from_utf16(&[0x4e2d]), b"?");
        assert!(same_name(b"Foo.TXT", b"foo.txt"));
        assert!(!same_name(b"foo.txt", b"foo.txu"));
        assert_eq!(checksum(b"FOO     TXT"), checksum(b"FOO     TXT"));
        assert_ne!(checksum(b"FOO     TXT"), checksum(b"FOO     TXU"));
        assert_eq!(short_display(b"FOO_FILETXT", 0x18), b"foo_file.txt");
        assert_eq!(short_display(b"\x05BC     TXT", 0), b"\xe5BC.TXT");
        assert!(invalid_char(b'?') && invalid_char(b'|') && !invalid_char(b'+'));
    }
}
