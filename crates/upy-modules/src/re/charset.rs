//! Character sets (`[a-z\d]`, `\w`, `[^...]`) as the matcher tests them:
//! the members as parsed, and a bitmap answering for the first 256 code
//! points (all of a bytes subject, most of a text one) without a search.

use super::ast::{Category, SetItem};
use super::chars::{self, Mode};

/// A compiled set.
#[derive(Clone, Debug)]
pub struct CharSet {
    negate: bool,
    items: Vec<SetItem>,
    mode: Mode,
    fold: bool,
    /// The answer for code points below 256.
    low: [u64; 4],
}

/// Whether `c` is in category `cat`.
pub fn in_category(cat: Category, c: u32, mode: Mode) -> bool {
    match cat {
        Category::Digit => chars::is_digit(c, mode),
        Category::NotDigit => !chars::is_digit(c, mode),
        Category::Space => chars::is_space(c, mode),
        Category::NotSpace => !chars::is_space(c, mode),
        Category::Word => chars::is_word(c, mode),
        Category::NotWord => !chars::is_word(c, mode),
    }
}

impl CharSet {
    pub fn new(negate: bool, items: Vec<SetItem>, mode: Mode, fold: bool) -> CharSet {
        let mut s = CharSet {
            negate,
            items,
            mode,
            fold,
            low: [0; 4],
        };
        for c in 0..256u32 {
            if s.slow_matches(c) {
                s.low[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        s
    }

    /// Whether the members (before negation) hold `c` itself.
    fn holds(&self, c: u32) -> bool {
        self.items.iter().any(|it| match *it {
            SetItem::Char(x) => x == c,
            SetItem::Range(lo, hi) => lo <= c && c <= hi,
            SetItem::Category(cat) => in_category(cat, c, self.mode),
        })
    }

    /// Whether the members hold `c` case-insensitively: a single
    /// character of the same fold, or a range or category holding one
    /// of `c`'s case forms.
    fn holds_folded(&self, c: u32) -> bool {
        let m = self.mode;
        let (l, u, f) = (chars::lower(c, m), chars::upper(c, m), chars::fold(c, m));
        // The case forms of `c` and of its fold: the Kelvin sign's fold
        // `k` has the form `K` that `[A-Z]` holds.
        let forms = [c, l, u, f, chars::upper(f, m), chars::lower(u, m)];
        self.items.iter().any(|it| match *it {
            SetItem::Char(x) => x == c || chars::fold(x, m) == f,
            SetItem::Range(lo, hi) => forms.iter().any(|&y| lo <= y && y <= hi),
            SetItem::Category(cat) => in_category(cat, c, m),
        })
    }

    fn slow_matches(&self, c: u32) -> bool {
        let held = if self.fold {
            self.holds_folded(c)
        } else {
            self.holds(c)
        };
        held != self.negate
    }

    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        if c < 256 {
            return self.low[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.slow_matches(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets() {
        let s = CharSet::new(false, vec![SetItem::Range(0x61, 0x7a)], Mode::Unicode, true);
        assert!(s.matches('Q' as u32));
        assert!(s.matches(0x212a)); // Kelvin sign
        assert!(s.matches('ſ' as u32));
        let n = CharSet::new(
            true,
            vec![SetItem::Category(Category::Digit)],
            Mode::Ascii,
            false,
        );
        assert!(n.matches('٣' as u32));
        assert!(!n.matches('3' as u32));
    }
}
