//! Pattern text to `Ast`, following CPython 3.11's `re._parser`: the same
//! grammar, the same checks in the same order, and the same messages and
//! positions in `re.error`.
//!
//! The parser recurses once per open group; `parse`'s `max_depth` bounds that
//! (CPython reaches its recursion limit at about 500 levels), so no
//! pattern can exhaust the native stack.

use std::collections::HashMap;

use super::ast::{Ast, At, Category, Greed, Node, NodeId, SetItem, MAXREPEAT};
use super::chars::Mode;
use super::error::{py_repr, text, ReError};
use upy_vm::format::escape_non_ascii;

pub const TEMPLATE: u32 = 1;
pub const IGNORECASE: u32 = 2;
pub const LOCALE: u32 = 4;
pub const MULTILINE: u32 = 8;
pub const DOTALL: u32 = 16;
pub const UNICODE: u32 = 32;
pub const VERBOSE: u32 = 64;
pub const DEBUG: u32 = 128;
pub const ASCII: u32 = 256;

const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;

/// The inline flag letters.
fn flag_of(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'i' => IGNORECASE,
        'L' => LOCALE,
        'm' => MULTILINE,
        's' => DOTALL,
        'x' => VERBOSE,
        'a' => ASCII,
        't' => TEMPLATE,
        'u' => UNICODE,
        _ => return None,
    })
}

/// A parsed pattern with what the pattern object reports about it.
#[derive(Debug)]
pub struct Parsed {
    pub ast: Ast,
    pub root: NodeId,
    /// The final flags (`Pattern.flags`).
    pub flags: u32,
    /// Capturing groups, not counting group 0.
    pub groups: usize,
    /// Group names and their numbers, in the order they were defined.
    pub names: Vec<(String, u32)>,
}

/// A token: one character, or a backslash and the character after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Tok {
    c: u32,
    esc: bool,
}

impl Tok {
    fn len(self) -> usize {
        1 + self.esc as usize
    }

    fn is(self, c: char) -> bool {
        !self.esc && self.c == c as u32
    }

    fn chars(self) -> Vec<u32> {
        if self.esc {
            vec!['\\' as u32, self.c]
        } else {
            vec![self.c]
        }
    }
}

fn is_digit(t: Option<Tok>) -> bool {
    matches!(t, Some(t) if !t.esc && (0x30..=0x39).contains(&t.c))
}

fn is_octal(c: u32) -> bool {
    (0x30..=0x37).contains(&c)
}

fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}

fn is_ascii_letter(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_alphabetic()
}

/// `str.isidentifier` (approximately: Unicode letters where Python asks
/// for XID_Start, letters and digits for XID_Continue).
pub fn is_identifier(name: &[u32]) -> bool {
    let mut it = name.iter().map(|&c| char::from_u32(c).unwrap_or('\0'));
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => it.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

/// The value of a string of ASCII digits, saturating (only compared
/// with limits).
fn decimal(ds: &[u32]) -> u64 {
    ds.iter().fold(0u64, |n, &d| {
        n.saturating_mul(10).saturating_add((d - 0x30) as u64)
    })
}

fn radix(ds: &[u32], r: u32) -> u32 {
    ds.iter().fold(0u32, |n, &d| {
        n.wrapping_mul(r)
            .wrapping_add(char::from_u32(d).and_then(|c| c.to_digit(r)).unwrap_or(0))
    })
}

/// CPython's `Tokenizer`: reads the pattern a token ahead.
pub struct Tokenizer<'a> {
    s: &'a [u32],
    istext: bool,
    index: usize,
    next: Option<Tok>,
}

impl<'a> Tokenizer<'a> {
    fn new(s: &'a [u32], istext: bool) -> Result<Self, ReError> {
        let mut t = Tokenizer {
            s,
            istext,
            index: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> Result<(), ReError> {
        let mut index = self.index;
        let Some(&c) = self.s.get(index) else {
            self.next = None;
            return Ok(());
        };
        let mut tok = Tok { c, esc: false };
        if c == '\\' as u32 {
            index += 1;
            match self.s.get(index) {
                Some(&d) => tok = Tok { c: d, esc: true },
                None => return Err(ReError::at("bad escape (end of pattern)", self.s.len() - 1)),
            }
        }
        self.index = index + 1;
        self.next = Some(tok);
        Ok(())
    }

    fn match_(&mut self, c: char) -> Result<bool, ReError> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn get(&mut self) -> Result<Option<Tok>, ReError> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    fn getwhile(&mut self, n: usize, ok: impl Fn(u32) -> bool) -> Result<Vec<u32>, ReError> {
        let mut out = Vec::new();
        for _ in 0..n {
            match self.next {
                Some(t) if !t.esc && ok(t.c) => {
                    out.push(t.c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    fn getuntil(&mut self, terminator: char, name: &str) -> Result<Vec<u32>, ReError> {
        let mut result: Vec<u32> = Vec::new();
        loop {
            let c = self.next;
            self.advance()?;
            let Some(c) = c else {
                if result.is_empty() {
                    return Err(self.error(&format!("missing {}", name), 0));
                }
                return Err(self.error(
                    &format!("missing {}, unterminated name", terminator),
                    result.len(),
                ));
            };
            if c.is(terminator) {
                if result.is_empty() {
                    return Err(self.error(&format!("missing {}", name), 1));
                }
                break;
            }
            result.extend(c.chars());
        }
        Ok(result)
    }

    pub fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> Result<(), ReError> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: &str, offset: usize) -> ReError {
        let msg = if self.istext {
            msg.to_string()
        } else {
            escape_non_ascii(msg)
        };
        ReError::at(msg, self.tell().saturating_sub(offset))
    }
}

/// What an escape stands for.
enum Escape {
    Literal(u32),
    Category(Category),
    At(AtEscape),
    GroupRef(u32),
}

#[derive(Clone, Copy)]
enum AtEscape {
    BeginningString,
    Boundary,
    NonBoundary,
    EndString,
}

/// The parser's state (CPython's `State`).
struct State {
    flags: u32,
    groupdict: HashMap<Vec<u32>, u32>,
    names: Vec<(String, u32)>,
    /// One per group opened so far (index 0 for the whole match):
    /// its width once closed.
    groupwidths: Vec<Option<(u64, u64)>>,
    lookbehindgroups: Option<usize>,
    /// Group numbers used by conditionals, and where, to check at the
    /// end that they exist.
    grouprefpos: Vec<(u32, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.groupwidths.len()
    }

    fn checkgroup(&self, gid: u32) -> bool {
        (gid as usize) < self.groups() && self.groupwidths[gid as usize].is_some()
    }

    fn checklookbehindgroup(&self, gid: u32, source: &Tokenizer) -> Result<(), ReError> {
        if let Some(lb) = self.lookbehindgroups {
            if !self.checkgroup(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid as usize >= lb {
                return Err(source.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

/// An element of the sequence `_parse` builds; `plain` marks a `(?:...)`
/// group, spliced into the sequence at the end as CPython unpacks it.
#[derive(Clone, Copy)]
struct Item {
    node: NodeId,
    plain: bool,
}

/// The parser.
struct Parser<'a> {
    src: Tokenizer<'a>,
    state: State,
    ast: Ast,
    istext: bool,
    depth: usize,
    max_depth: usize,
}

/// Parse `pattern` (code points; bytes patterns as Latin-1) with
/// `flags`. `max_depth` bounds the nesting of groups.
pub fn parse(
    pattern: &[u32],
    istext: bool,
    flags: u32,
    max_depth: usize,
) -> Result<Parsed, ReError> {
    let mut p = Parser {
        src: Tokenizer::new(pattern, istext)?,
        state: State {
            flags,
            groupdict: HashMap::new(),
            names: Vec::new(),
            groupwidths: vec![None],
            lookbehindgroups: None,
            grouprefpos: Vec::new(),
        },
        ast: Ast::default(),
        istext,
        depth: 0,
        max_depth,
    };
    let root = p.parse_sub(flags & VERBOSE != 0, None, 0)?;
    let flags = fix_flags(istext, p.state.flags)?;
    if p.src.next.is_some() {
        return Err(p.src.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &p.state.grouprefpos {
        if g as usize >= p.state.groups() {
            return Err(ReError::at(format!("invalid group reference {}", g), pos));
        }
    }
    Ok(Parsed {
        groups: p.state.groups() - 1,
        names: p.state.names,
        flags,
        ast: p.ast,
        root,
    })
}

/// CPython's `fix_flags`: the flag checks that depend on the pattern's
/// type, and UNICODE implied for str patterns.
pub fn fix_flags(istext: bool, mut flags: u32) -> Result<u32, ReError> {
    if istext {
        if flags & LOCALE != 0 {
            return Err(ReError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if flags & ASCII == 0 {
            flags |= UNICODE;
        } else if flags & UNICODE != 0 {
            return Err(ReError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if flags & UNICODE != 0 {
            return Err(ReError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & LOCALE != 0 && flags & ASCII != 0 {
            return Err(ReError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    Ok(flags)
}

/// CPython's `_combine_flags`: flags in force inside a group that adds
/// and removes some.
fn combine_flags(flags: u32, add: u32, del: u32) -> u32 {
    let flags = if add & TYPE_FLAGS != 0 {
        flags & !TYPE_FLAGS
    } else {
        flags
    };
    (flags | add) & !del
}

impl<'a> Parser<'a> {
    /// The flags in force: `local` inside a group, the pattern's own
    /// (which leading global flags may still change) at the top level.
    fn flags(&self, local: Option<u32>) -> u32 {
        local.unwrap_or(self.state.flags)
    }

    fn mode(&self, flags: u32) -> Mode {
        if !self.istext {
            Mode::Bytes
        } else if flags & ASCII != 0 {
            Mode::Ascii
        } else {
            Mode::Unicode
        }
    }

    fn fold(&self, flags: u32) -> Option<Mode> {
        (flags & IGNORECASE != 0).then(|| self.mode(flags))
    }

    fn error(&self, msg: &str, offset: usize) -> ReError {
        self.src.error(msg, offset)
    }

    /// An alternation: `a|b|c`.
    fn parse_sub(
        &mut self,
        mut verbose: bool,
        local: Option<u32>,
        nested: usize,
    ) -> Result<NodeId, ReError> {
        let mut items = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse(verbose, local, nested + 1, first)?);
            if !self.src.match_('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.state.flags & VERBOSE != 0;
            }
        }
        if items.len() == 1 {
            return Ok(items[0]);
        }
        Ok(self.ast.add(Node::Alt(items)))
    }

    /// A sequence of items up to `|`, `)` or the end.
    fn parse(
        &mut self,
        mut verbose: bool,
        local: Option<u32>,
        nested: usize,
        first: bool,
    ) -> Result<NodeId, ReError> {
        let mut seq: Vec<Item> = Vec::new();
        while let Some(this) = self.src.next {
            if this.is('|') || this.is(')') {
                break;
            }
            self.src.get()?;
            if verbose && !this.esc {
                if matches!(
                    char::from_u32(this.c),
                    Some(' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
                ) {
                    continue;
                }
                if this.c == '#' as u32 {
                    loop {
                        match self.src.get()? {
                            None => break,
                            Some(t) if t.is('\n') => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
            let flags = self.flags(local);
            if this.esc {
                let node = match self.escape(this)? {
                    Escape::Literal(c) => Node::Literal {
                        c,
                        fold: self.fold(flags),
                    },
                    Escape::Category(cat) => self.category_set(cat, flags),
                    Escape::At(a) => Node::At(self.at_node(a, flags)),
                    Escape::GroupRef(group) => Node::Backref {
                        group,
                        fold: self.fold(flags),
                    },
                };
                let node = self.ast.add(node);
                seq.push(Item { node, plain: false });
                continue;
            }
            let Some(ch) = char::from_u32(this.c).filter(|c| ".\\[{()*+?^$|".contains(*c)) else {
                let node = self.ast.add(Node::Literal {
                    c: this.c,
                    fold: self.fold(flags),
                });
                seq.push(Item { node, plain: false });
                continue;
            };
            match ch {
                '[' => {
                    let node = self.parse_set(flags)?;
                    let node = self.ast.add(node);
                    seq.push(Item { node, plain: false });
                }
                '*' | '+' | '?' | '{' => self.parse_repeat(ch, &mut seq, flags)?,
                '.' => {
                    let node = self.ast.add(Node::Any {
                        dotall: flags & DOTALL != 0,
                    });
                    seq.push(Item { node, plain: false });
                }
                '(' => {
                    if let Some(item) =
                        self.parse_group(&mut verbose, local, nested, first, seq.is_empty())?
                    {
                        seq.push(item);
                    }
                }
                '^' => {
                    let node = self.ast.add(Node::At(At::Beginning {
                        multiline: flags & MULTILINE != 0,
                    }));
                    seq.push(Item { node, plain: false });
                }
                '$' => {
                    let node = self.ast.add(Node::At(At::End {
                        multiline: flags & MULTILINE != 0,
                    }));
                    seq.push(Item { node, plain: false });
                }
                // `|` and `)` ended the loop; `\` comes as an escape.
                _ => break,
            }
        }
        // Unpack non-capturing groups.
        let mut out = Vec::with_capacity(seq.len());
        for it in seq {
            if !it.plain {
                out.push(it.node);
                continue;
            }
            let body = match self.ast.get(it.node) {
                Node::Group { body, .. } => *body,
                _ => it.node,
            };
            match self.ast.get(body) {
                Node::Concat(items) => out.extend(items.clone()),
                _ => out.push(body),
            }
        }
        Ok(self.ast.add(Node::Concat(out)))
    }

    fn category_set(&self, cat: Category, flags: u32) -> Node {
        Node::Set {
            negate: false,
            items: vec![SetItem::Category(cat)],
            mode: self.mode(flags),
            fold: false,
        }
    }

    fn at_node(&self, a: AtEscape, flags: u32) -> At {
        match a {
            AtEscape::BeginningString => At::BeginningString,
            AtEscape::EndString => At::EndString,
            AtEscape::Boundary => At::Boundary(self.mode(flags)),
            AtEscape::NonBoundary => At::NonBoundary(self.mode(flags)),
        }
    }

    /// `[...]`, its `[` taken.
    fn parse_set(&mut self, flags: u32) -> Result<Node, ReError> {
        let here = self.src.tell() - 1;
        let mut set: Vec<SetItem> = Vec::new();
        let negate = self.src.match_('^')?;
        loop {
            let Some(this) = self.src.get()? else {
                return Err(self.error("unterminated character set", self.src.tell() - here));
            };
            if this.is(']') && !set.is_empty() {
                break;
            }
            let code1 = if this.esc {
                self.class_escape(this)?
            } else {
                SetItem::Char(this.c)
            };
            if self.src.match_('-')? {
                let Some(that) = self.src.get()? else {
                    return Err(self.error("unterminated character set", self.src.tell() - here));
                };
                if that.is(']') {
                    set.push(code1);
                    set.push(SetItem::Char('-' as u32));
                    break;
                }
                let code2 = if that.esc {
                    self.class_escape(that)?
                } else {
                    SetItem::Char(that.c)
                };
                let bad = || {
                    format!(
                        "bad character range {}-{}",
                        text(&this.chars()),
                        text(&that.chars())
                    )
                };
                let (SetItem::Char(lo), SetItem::Char(hi)) = (code1, code2) else {
                    return Err(self.error(&bad(), this.len() + 1 + that.len()));
                };
                if hi < lo {
                    return Err(self.error(&bad(), this.len() + 1 + that.len()));
                }
                set.push(SetItem::Range(lo, hi));
            } else {
                set.push(code1);
            }
        }
        let mut uniq: Vec<SetItem> = Vec::with_capacity(set.len());
        for s in set {
            if !uniq.contains(&s) {
                uniq.push(s);
            }
        }
        if let [SetItem::Char(c)] = uniq[..] {
            let fold = self.fold(flags);
            return Ok(if negate {
                Node::NotLiteral { c, fold }
            } else {
                Node::Literal { c, fold }
            });
        }
        Ok(Node::Set {
            negate,
            items: uniq,
            mode: self.mode(flags),
            fold: flags & IGNORECASE != 0,
        })
    }

    /// A repeat character (`ch`, already taken) applied to the last item
    /// of `seq`.
    fn parse_repeat(&mut self, ch: char, seq: &mut Vec<Item>, flags: u32) -> Result<(), ReError> {
        let here = self.src.tell();
        let (min, max) = match ch {
            '?' => (0, 1),
            '*' => (0, MAXREPEAT),
            '+' => (1, MAXREPEAT),
            _ => {
                if self.src.next.is_some_and(|t| t.is('}')) {
                    let node = self.ast.add(Node::Literal {
                        c: '{' as u32,
                        fold: self.fold(flags),
                    });
                    seq.push(Item { node, plain: false });
                    return Ok(());
                }
                let (mut min, mut max) = (0u32, MAXREPEAT);
                let mut lo = Vec::new();
                let mut hi = Vec::new();
                while is_digit(self.src.next) {
                    lo.push(self.src.get()?.map_or(0, |t| t.c));
                }
                if self.src.match_(',')? {
                    while is_digit(self.src.next) {
                        hi.push(self.src.get()?.map_or(0, |t| t.c));
                    }
                } else {
                    hi = lo.clone();
                }
                if !self.src.match_('}')? {
                    let node = self.ast.add(Node::Literal {
                        c: '{' as u32,
                        fold: self.fold(flags),
                    });
                    seq.push(Item { node, plain: false });
                    self.src.seek(here)?;
                    return Ok(());
                }
                let too_large = || ReError::Overflow("the repetition number is too large".into());
                if !lo.is_empty() {
                    let v = decimal(&lo);
                    if v >= MAXREPEAT as u64 {
                        return Err(too_large());
                    }
                    min = v as u32;
                }
                if !hi.is_empty() {
                    let v = decimal(&hi);
                    if v >= MAXREPEAT as u64 {
                        return Err(too_large());
                    }
                    max = v as u32;
                    if max < min {
                        return Err(self
                            .error("min repeat greater than max repeat", self.src.tell() - here));
                    }
                }
                (min, max)
            }
        };
        let width = self.src.tell() - here + 1;
        let Some(&last) = seq.last() else {
            return Err(self.error("nothing to repeat", width));
        };
        match self.ast.get(last.node) {
            Node::At(_) => return Err(self.error("nothing to repeat", width)),
            Node::Repeat { .. } if !last.plain => return Err(self.error("multiple repeat", width)),
            _ => {}
        }
        let body = match (last.plain, self.ast.get(last.node)) {
            (true, Node::Group { body, .. }) => *body,
            _ => last.node,
        };
        let greed = if self.src.match_('?')? {
            Greed::Lazy
        } else if self.src.match_('+')? {
            Greed::Possessive
        } else {
            Greed::Greedy
        };
        let node = self.ast.add(Node::Repeat {
            min,
            max,
            greed,
            body,
        });
        seq.pop();
        seq.push(Item { node, plain: false });
        Ok(())
    }

    /// A group, its `(` taken. `None` for what adds no item: comments
    /// and global flags.
    fn parse_group(
        &mut self,
        verbose: &mut bool,
        local: Option<u32>,
        nested: usize,
        first: bool,
        seq_empty: bool,
    ) -> Result<Option<Item>, ReError> {
        let start = self.src.tell() - 1;
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<Vec<u32>> = None;
        let mut add_flags = 0;
        let mut del_flags = 0;
        let flags = self.flags(local);
        if self.src.match_('?')? {
            let Some(ch) = self.src.get()? else {
                return Err(self.error("unexpected end of pattern", 0));
            };
            let c = if ch.esc { None } else { char::from_u32(ch.c) };
            match c {
                Some('P') => {
                    if self.src.match_('<')? {
                        let n = self.src.getuntil('>', "group name")?;
                        self.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.src.match_('=')? {
                        let n = self.src.getuntil(')', "group name")?;
                        self.check_group_name(&n, 1)?;
                        let Some(&gid) = self.state.groupdict.get(&n) else {
                            return Err(self.error(
                                &format!("unknown group name {}", py_repr(&n)),
                                n.len() + 1,
                            ));
                        };
                        if !self.state.checkgroup(gid) {
                            return Err(self.error("cannot refer to an open group", n.len() + 1));
                        }
                        self.state.checklookbehindgroup(gid, &self.src)?;
                        let node = self.ast.add(Node::Backref {
                            group: gid,
                            fold: self.fold(flags),
                        });
                        return Ok(Some(Item { node, plain: false }));
                    } else {
                        let Some(ch) = self.src.get()? else {
                            return Err(self.error("unexpected end of pattern", 0));
                        };
                        return Err(self.error(
                            &format!("unknown extension ?P{}", text(&ch.chars())),
                            ch.len() + 2,
                        ));
                    }
                }
                Some(':') => capture = false,
                Some('#') => {
                    loop {
                        if self.src.next.is_none() {
                            return Err(self.error(
                                "missing ), unterminated comment",
                                self.src.tell() - start,
                            ));
                        }
                        if self.src.get()?.is_some_and(|t| t.is(')')) {
                            break;
                        }
                    }
                    return Ok(None);
                }
                Some('=' | '!' | '<') => {
                    let mut ch = ch;
                    let mut behind = false;
                    let mut outer_lookbehind = None;
                    if ch.is('<') {
                        let Some(c2) = self.src.get()? else {
                            return Err(self.error("unexpected end of pattern", 0));
                        };
                        if !(c2.is('=') || c2.is('!')) {
                            return Err(self.error(
                                &format!("unknown extension ?<{}", text(&c2.chars())),
                                c2.len() + 2,
                            ));
                        }
                        ch = c2;
                        behind = true;
                        outer_lookbehind = Some(self.state.lookbehindgroups);
                        if self.state.lookbehindgroups.is_none() {
                            self.state.lookbehindgroups = Some(self.state.groups());
                        }
                    }
                    let body = self.nested_sub(*verbose, Some(flags), nested)?;
                    if let Some(None) = outer_lookbehind {
                        self.state.lookbehindgroups = None;
                    }
                    if !self.src.match_(')')? {
                        return Err(self.error(
                            "missing ), unterminated subpattern",
                            self.src.tell() - start,
                        ));
                    }
                    let node = self.ast.add(Node::Look {
                        behind,
                        negate: ch.is('!'),
                        body,
                    });
                    return Ok(Some(Item { node, plain: false }));
                }
                Some('(') => {
                    return self
                        .parse_conditional(*verbose, flags, nested, start)
                        .map(Some)
                }
                Some('>') => {
                    capture = false;
                    atomic = true;
                }
                _ if flag_of(ch.c).is_some() && !ch.esc || ch.is('-') => {
                    match self.parse_flags(ch)? {
                        None => {
                            if !first || !seq_empty {
                                return Err(self.error(
                                    "global flags not at the start of the expression",
                                    self.src.tell() - start,
                                ));
                            }
                            *verbose = self.state.flags & VERBOSE != 0;
                            return Ok(None);
                        }
                        Some((a, d)) => {
                            add_flags = a;
                            del_flags = d;
                            capture = false;
                        }
                    }
                }
                _ => {
                    return Err(self.error(
                        &format!("unknown extension ?{}", text(&ch.chars())),
                        ch.len() + 1,
                    ))
                }
            }
        }
        let group = if capture {
            let gid = self.state.groups() as u32;
            self.state.groupwidths.push(None);
            if let Some(n) = &name {
                if let Some(&ogid) = self.state.groupdict.get(n) {
                    return Err(self.error(
                        &format!(
                            "redefinition of group name {} as group {}; was group {}",
                            py_repr(n),
                            gid,
                            ogid
                        ),
                        n.len() + 1,
                    ));
                }
                self.state.groupdict.insert(n.clone(), gid);
                self.state.names.push((text(n), gid));
            }
            Some(gid)
        } else {
            None
        };
        let sub_verbose = (*verbose || add_flags & VERBOSE != 0) && del_flags & VERBOSE == 0;
        let inner = combine_flags(flags, add_flags, del_flags);
        let body = self.nested_sub(sub_verbose, Some(inner), nested)?;
        if !self.src.match_(')')? {
            return Err(self.error(
                "missing ), unterminated subpattern",
                self.src.tell() - start,
            ));
        }
        if let Some(g) = group {
            let w = self.ast.width(body);
            self.state.groupwidths[g as usize] = Some(w);
            self.ast.close_group(g, w);
        }
        if atomic {
            let node = self.ast.add(Node::Atomic(body));
            return Ok(Some(Item { node, plain: false }));
        }
        let node = self.ast.add(Node::Group { index: group, body });
        let plain = group.is_none() && add_flags == 0 && del_flags == 0;
        Ok(Some(Item { node, plain }))
    }

    /// `parse_sub` one level deeper, refusing to go past the depth limit.
    fn nested_sub(
        &mut self,
        verbose: bool,
        local: Option<u32>,
        nested: usize,
    ) -> Result<NodeId, ReError> {
        if self.depth >= self.max_depth {
            return Err(ReError::Recursion);
        }
        self.depth += 1;
        let r = self.parse_sub(verbose, local, nested + 1);
        self.depth -= 1;
        r
    }

    /// `(?(group)yes|no)`, its `(?(` taken.
    fn parse_conditional(
        &mut self,
        verbose: bool,
        flags: u32,
        nested: usize,
        start: usize,
    ) -> Result<Item, ReError> {
        let condname = self.src.getuntil(')', "group name")?;
        let condgroup = if is_identifier(&condname) {
            self.check_group_name(&condname, 1)?;
            match self.state.groupdict.get(&condname) {
                Some(&g) => g,
                None => {
                    return Err(self.error(
                        &format!("unknown group name {}", py_repr(&condname)),
                        condname.len() + 1,
                    ))
                }
            }
        } else {
            let bad = || format!("bad character in group name {}", py_repr(&condname));
            if condname.is_empty() || !condname.iter().all(|&c| (0x30..=0x39).contains(&c)) {
                return Err(self.error(&bad(), condname.len() + 1));
            }
            let g = decimal(&condname);
            if g == 0 {
                return Err(self.error("bad group number", condname.len() + 1));
            }
            if g >= (1 << 30) - 1 {
                return Err(self.error(
                    &format!("invalid group reference {}", g),
                    condname.len() + 1,
                ));
            }
            let g = g as u32;
            if !self.state.grouprefpos.iter().any(|&(x, _)| x == g) {
                let pos = self.src.tell() - condname.len() - 1;
                self.state.grouprefpos.push((g, pos));
            }
            g
        };
        self.state.checklookbehindgroup(condgroup, &self.src)?;
        if self.depth >= self.max_depth {
            return Err(ReError::Recursion);
        }
        self.depth += 1;
        let yes = self.parse(verbose, Some(flags), nested + 1, false)?;
        let no = if self.src.match_('|')? {
            let no = self.parse(verbose, Some(flags), nested + 1, false)?;
            if self.src.next.is_some_and(|t| t.is('|')) {
                return Err(self.error("conditional backref with more than two branches", 0));
            }
            Some(no)
        } else {
            None
        };
        self.depth -= 1;
        if !self.src.match_(')')? {
            return Err(self.error(
                "missing ), unterminated subpattern",
                self.src.tell() - start,
            ));
        }
        let node = self.ast.add(Node::Cond {
            group: condgroup,
            yes,
            no,
        });
        Ok(Item { node, plain: false })
    }

    fn check_group_name(&self, name: &[u32], offset: usize) -> Result<(), ReError> {
        if !is_identifier(name) {
            return Err(self.error(
                &format!("bad character in group name {}", py_repr(name)),
                name.len() + offset,
            ));
        }
        Ok(())
    }

    /// Inline flags after `(?`, the first letter (or `-`) taken: `None`
    /// for global flags (`(?i)`), else the flags the group adds and
    /// removes (`(?i-s:...)`).
    fn parse_flags(&mut self, first: Tok) -> Result<Option<(u32, u32)>, ReError> {
        let mut add = 0;
        let mut del = 0;
        let mut ch = Some(first);
        let letter = |t: Option<Tok>| t.filter(|t| !t.esc).and_then(|t| flag_of(t.c));
        let is_alpha = |t: Tok| !t.esc && char::from_u32(t.c).is_some_and(char::is_alphabetic);
        if !first.is('-') {
            loop {
                let t = ch.unwrap_or(first);
                let flag = letter(ch).unwrap_or(0);
                if self.istext {
                    if t.is('L') {
                        return Err(self.error(
                            "bad inline flags: cannot use 'L' flag with a str pattern",
                            0,
                        ));
                    }
                } else if t.is('u') {
                    return Err(self.error(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return Err(self.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                ch = self.src.get()?;
                let Some(t) = ch else {
                    return Err(self.error("missing -, : or )", 0));
                };
                if t.is(')') || t.is('-') || t.is(':') {
                    break;
                }
                if letter(ch).is_none() {
                    let msg = if is_alpha(t) {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(self.error(msg, t.len()));
                }
            }
        }
        if ch.is_some_and(|t| t.is(')')) {
            self.state.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn on global flag", 1));
        }
        if ch.is_some_and(|t| t.is('-')) {
            ch = self.src.get()?;
            let Some(t) = ch else {
                return Err(self.error("missing flag", 0));
            };
            if letter(ch).is_none() {
                let msg = if is_alpha(t) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.error(msg, t.len()));
            }
            loop {
                let flag = letter(ch).unwrap_or(0);
                if flag & TYPE_FLAGS != 0 {
                    return Err(self.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= flag;
                ch = self.src.get()?;
                let Some(t) = ch else {
                    return Err(self.error("missing :", 0));
                };
                if t.is(':') {
                    break;
                }
                if letter(ch).is_none() {
                    let msg = if is_alpha(t) {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(self.error(msg, t.len()));
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self.error("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self.error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }

    /// Hex digits after `\x`, `\u` or `\U` (`esc` holds the escape so
    /// far): exactly `n` of them.
    fn hex_escape(&mut self, mut esc: Vec<u32>, n: usize) -> Result<(Vec<u32>, u32), ReError> {
        esc.extend(self.src.getwhile(n, is_hex)?);
        if esc.len() != n + 2 {
            return Err(self.error(&format!("incomplete escape {}", text(&esc)), esc.len()));
        }
        let v = radix(&esc[2..], 16);
        Ok((esc, v))
    }

    /// The escapes common to both contexts (`\x`, `\u`, `\U`, `\N`):
    /// `Ok(None)` when `tok` is none of them.
    fn code_escape(&mut self, tok: Tok) -> Result<Option<u32>, ReError> {
        let esc = tok.chars();
        match char::from_u32(tok.c) {
            Some('x') => Ok(Some(self.hex_escape(esc, 2)?.1)),
            Some('u') if self.istext => Ok(Some(self.hex_escape(esc, 4)?.1)),
            Some('U') if self.istext => {
                let (esc, v) = self.hex_escape(esc, 8)?;
                if v > 0x10ffff {
                    return Err(self.error(&format!("bad escape {}", text(&esc)), esc.len()));
                }
                Ok(Some(v))
            }
            Some('N') if self.istext => {
                if !self.src.match_('{')? {
                    return Err(self.error("missing {", 0));
                }
                let name = self.src.getuntil('}', "character name")?;
                match upy_syntax::lexer::char_by_name(&text(&name)) {
                    Some(c) => Ok(Some(c as u32)),
                    None => Err(self.error(
                        &format!("undefined character name {}", py_repr(&name)),
                        name.len() + 4,
                    )),
                }
            }
            _ => Ok(None),
        }
    }

    /// The value of an octal escape (`esc` is the backslash and up to
    /// three digits), refused beyond 0o377.
    fn octal(&self, esc: &[u32]) -> Result<u32, ReError> {
        let v = radix(&esc[1..], 8);
        if v > 0o377 {
            return Err(self.error(
                &format!("octal escape value {} outside of range 0-0o377", text(esc)),
                esc.len(),
            ));
        }
        Ok(v)
    }

    /// An escape inside a set (CPython's `_class_escape`).
    fn class_escape(&mut self, tok: Tok) -> Result<SetItem, ReError> {
        if let Some(c) = simple_escape(tok.c) {
            return Ok(SetItem::Char(c));
        }
        if let Some(cat) = category_escape(tok.c) {
            return Ok(SetItem::Category(cat));
        }
        if let Some(c) = self.code_escape(tok)? {
            return Ok(SetItem::Char(c));
        }
        let mut esc = tok.chars();
        if is_octal(tok.c) {
            esc.extend(self.src.getwhile(2, is_octal)?);
            return Ok(SetItem::Char(self.octal(&esc)?));
        }
        if (0x30..=0x39).contains(&tok.c) || is_ascii_letter(tok.c) {
            return Err(self.error(&format!("bad escape {}", text(&esc)), esc.len()));
        }
        Ok(SetItem::Char(tok.c))
    }

    /// An escape outside a set (CPython's `_escape`).
    fn escape(&mut self, tok: Tok) -> Result<Escape, ReError> {
        let at = match char::from_u32(tok.c) {
            Some('A') => Some(AtEscape::BeginningString),
            Some('b') => Some(AtEscape::Boundary),
            Some('B') => Some(AtEscape::NonBoundary),
            Some('Z') => Some(AtEscape::EndString),
            _ => None,
        };
        if let Some(a) = at {
            return Ok(Escape::At(a));
        }
        if let Some(cat) = category_escape(tok.c) {
            return Ok(Escape::Category(cat));
        }
        if let Some(c) = simple_escape(tok.c) {
            return Ok(Escape::Literal(c));
        }
        if let Some(c) = self.code_escape(tok)? {
            return Ok(Escape::Literal(c));
        }
        let mut esc = tok.chars();
        if tok.c == '0' as u32 {
            esc.extend(self.src.getwhile(2, is_octal)?);
            return Ok(Escape::Literal(radix(&esc[1..], 8)));
        }
        if (0x31..=0x39).contains(&tok.c) {
            if is_digit(self.src.next) {
                esc.push(self.src.get()?.map_or(0, |t| t.c));
                if is_octal(esc[1])
                    && is_octal(esc[2])
                    && self.src.next.is_some_and(|t| !t.esc && is_octal(t.c))
                {
                    esc.push(self.src.get()?.map_or(0, |t| t.c));
                    return Ok(Escape::Literal(self.octal(&esc)?));
                }
            }
            let group = decimal(&esc[1..]) as u32;
            if (group as usize) < self.state.groups() {
                if !self.state.checkgroup(group) {
                    return Err(self.error("cannot refer to an open group", esc.len()));
                }
                self.state.checklookbehindgroup(group, &self.src)?;
                return Ok(Escape::GroupRef(group));
            }
            return Err(self.error(&format!("invalid group reference {}", group), esc.len() - 1));
        }
        if is_ascii_letter(tok.c) {
            return Err(self.error(&format!("bad escape {}", text(&esc)), esc.len()));
        }
        Ok(Escape::Literal(tok.c))
    }
}

/// `\a \b \f \n \r \t \v \\` (`\b` only inside a set: outside it is the
/// word boundary, tried first; in templates it is a backspace).
pub fn simple_escape(c: u32) -> Option<u32> {
    Some(match char::from_u32(c)? {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn category_escape(c: u32) -> Option<Category> {
    Some(match char::from_u32(c)? {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(p: &str) -> ReError {
        let cs: Vec<u32> = p.chars().map(|c| c as u32).collect();
        parse(&cs, true, 0, 100).unwrap_err()
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(
            err("("),
            ReError::at("missing ), unterminated subpattern", 0)
        );
        assert_eq!(err("*"), ReError::at("nothing to repeat", 0));
        assert_eq!(err("a**"), ReError::at("multiple repeat", 2));
        assert_eq!(err("a)"), ReError::at("unbalanced parenthesis", 1));
        assert_eq!(err("[a"), ReError::at("unterminated character set", 0));
        assert_eq!(err("\\q"), ReError::at("bad escape \\q", 0));
        assert_eq!(err("a\\"), ReError::at("bad escape (end of pattern)", 1));
        assert_eq!(err("(?P=x)"), ReError::at("unknown group name 'x'", 4));
        assert_eq!(
            err("a{3,1}"),
            ReError::at("min repeat greater than max repeat", 2)
        );
        assert_eq!(err(&"(".repeat(200)), ReError::Recursion);
    }
}
