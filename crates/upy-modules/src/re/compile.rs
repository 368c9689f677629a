//! `Ast` to `Program`: the instructions the backtracking matcher
//! (`exec.rs`) runs, chosen as CPython's `re._compiler` chooses its
//! opcodes, so that repeats, empty iterations and group marks behave the
//! same: a repeat of one character is `RepeatOne` (CPython's
//! REPEAT_ONE), any other repeat a `RepeatStart`/`RepeatEnd` pair with a
//! counter (REPEAT and MAX_UNTIL/MIN_UNTIL), so `(?:ab){1000}` costs
//! three instructions, not a thousand copies.

use super::ast::{Ast, At, Greed, Node, NodeId, MAXREPEAT};
use super::chars::{self, Mode};
use super::charset::CharSet;
use super::error::ReError;

/// A test of one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Single {
    Char(u32),
    /// Equal to this fold in the mode.
    CharFold(u32, Mode),
    NotChar(u32),
    NotCharFold(u32, Mode),
    /// `.` without DOTALL: anything but a newline.
    Any,
    AnyAll,
    /// Index into `Program::sets`.
    Set(u32),
}

/// One instruction. Program counters are indices into `Program::insts`.
#[derive(Clone, Copy, Debug)]
pub enum Inst {
    One(Single),
    At(At),
    /// Record the position in capture slot `n` (group `n / 2`, its start
    /// when even, its end when odd).
    Save(u32),
    /// Go on at the first; backtrack to the second.
    Split(u32, u32),
    Jmp(u32),
    /// `item` repeated `min..=max` times; the tail follows.
    RepeatOne {
        item: Single,
        min: u32,
        max: u32,
        greed: Greed,
    },
    /// Start a counted repeat: reset counter `reg` and go to its
    /// `RepeatEnd` at `end`.
    RepeatStart {
        reg: u32,
        end: u32,
    },
    /// An iteration ended (or the repeat starts): count it and decide
    /// between the body (at `body`) and the tail (at `exit`).
    RepeatEnd {
        reg: u32,
        min: u32,
        max: u32,
        lazy: bool,
        body: u32,
        exit: u32,
    },
    Backref {
        group: u32,
        fold: Option<Mode>,
    },
    /// `(?(group)...)`: go on if the group matched, else go to `no`.
    GroupExists {
        group: u32,
        no: u32,
    },
    /// A look-around whose body follows, up to the `LookEnd` at `end`;
    /// `behind` is the width a look-behind steps back.
    LookStart {
        behind: Option<u32>,
        negate: bool,
        end: u32,
    },
    LookEnd,
    /// An atomic group (`(?>...)`, possessive repeats) up to `AtomicEnd`.
    AtomicStart,
    AtomicEnd,
    Match,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    pub insts: Vec<Inst>,
    pub sets: Vec<CharSet>,
    /// Capture slots: two per group, group 0 included.
    pub nslots: usize,
    /// Counters of `RepeatStart`/`RepeatEnd` pairs.
    pub nregs: usize,
    /// The fewest characters a match spans.
    pub min_width: usize,
    /// Matches can only start at the beginning of the string (`\A`,
    /// `^` without MULTILINE).
    pub anchored: bool,
    /// Characters every match starts with (case-sensitive), to find
    /// where to try.
    pub prefix: Vec<u32>,
    /// Tests one of which every match's first character passes (empty
    /// when nothing is known), used when there is no prefix.
    pub firsts: Vec<Single>,
}

/// The largest look-behind (CPython's MAXCODE).
const MAXCODE: u64 = (1 << 32) - 1;

struct Compiler<'a> {
    ast: &'a Ast,
    insts: Vec<Inst>,
    sets: Vec<CharSet>,
    nregs: usize,
}

/// Compile a parsed pattern with `groups` capturing groups.
pub fn compile(ast: &Ast, root: NodeId, groups: usize) -> Result<Program, ReError> {
    let mut c = Compiler {
        ast,
        insts: Vec::new(),
        sets: Vec::new(),
        nregs: 0,
    };
    c.emit(root)?;
    c.insts.push(Inst::Match);
    let (lo, _) = ast.width(root);
    let mut prog = Program {
        insts: c.insts,
        sets: c.sets,
        nslots: 2 * (groups + 1),
        nregs: c.nregs,
        min_width: lo.min(usize::MAX as u64) as usize,
        anchored: false,
        prefix: Vec::new(),
        firsts: Vec::new(),
    };
    analyse_start(&mut prog);
    Ok(prog)
}

/// Find what every match must start with: an anchor, a literal prefix,
/// or a few first-character tests.
fn analyse_start(prog: &mut Program) {
    let mut pc = 0;
    while let Some(Inst::Save(_)) = prog.insts.get(pc) {
        pc += 1;
    }
    if let Some(Inst::At(At::BeginningString | At::Beginning { multiline: false })) =
        prog.insts.get(pc)
    {
        prog.anchored = true;
        return;
    }
    let mut prefix = Vec::new();
    while let Some(inst) = prog.insts.get(pc) {
        match inst {
            Inst::Save(_) => {}
            Inst::One(Single::Char(c)) => prefix.push(*c),
            _ => break,
        }
        pc += 1;
    }
    if prefix.is_empty() {
        prog.firsts = first_tests(&prog.insts).unwrap_or_default();
    }
    prog.prefix = prefix;
}

/// The tests of the characters a match can start with, following every
/// branch from the start: `None` when some path can start without
/// consuming a character through a plain test (an assertion, an empty
/// repeat, a backreference) or there are too many.
fn first_tests(insts: &[Inst]) -> Option<Vec<Single>> {
    let mut out: Vec<Single> = Vec::new();
    let mut seen = vec![false; insts.len()];
    let mut work = vec![0usize];
    while let Some(pc) = work.pop() {
        if std::mem::replace(seen.get_mut(pc)?, true) {
            continue;
        }
        match insts[pc] {
            Inst::Save(_) | Inst::AtomicStart | Inst::AtomicEnd => work.push(pc + 1),
            Inst::Jmp(t) => work.push(t as usize),
            Inst::Split(a, b) => {
                work.push(a as usize);
                work.push(b as usize);
            }
            Inst::One(s) | Inst::RepeatOne { item: s, .. }
                if !matches!(insts[pc], Inst::RepeatOne { min: 0, .. }) =>
            {
                if !out.contains(&s) {
                    out.push(s);
                }
                if out.len() > 8 {
                    return None;
                }
            }
            _ => return None,
        }
    }
    Some(out)
}

/// The one-character test `id` is, if it is one: CPython's `_simple`,
/// which decides between REPEAT_ONE and REPEAT.
fn single_of(ast: &Ast, id: NodeId, c: &mut Compiler) -> Option<Single> {
    match ast.get(id) {
        Node::Concat(items) if items.len() == 1 => single_of(ast, items[0], c),
        Node::Group { index: None, body } => single_of(ast, *body, c),
        Node::Literal { .. } | Node::NotLiteral { .. } | Node::Any { .. } | Node::Set { .. } => {
            Some(c.single(id))
        }
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    fn pc(&self) -> u32 {
        self.insts.len() as u32
    }

    fn push(&mut self, i: Inst) -> usize {
        self.insts.push(i);
        self.insts.len() - 1
    }

    /// The test of a one-character node.
    fn single(&mut self, id: NodeId) -> Single {
        match self.ast.get(id) {
            Node::Literal { c, fold } => match fold {
                Some(m) if is_cased(*c, *m) => Single::CharFold(chars::fold(*c, *m), *m),
                _ => Single::Char(*c),
            },
            Node::NotLiteral { c, fold } => match fold {
                Some(m) if is_cased(*c, *m) => Single::NotCharFold(chars::fold(*c, *m), *m),
                _ => Single::NotChar(*c),
            },
            Node::Any { dotall: true } => Single::AnyAll,
            Node::Any { dotall: false } => Single::Any,
            Node::Set {
                negate,
                items,
                mode,
                fold,
            } => {
                self.sets
                    .push(CharSet::new(*negate, items.clone(), *mode, *fold));
                Single::Set((self.sets.len() - 1) as u32)
            }
            _ => Single::AnyAll,
        }
    }

    fn emit(&mut self, id: NodeId) -> Result<(), ReError> {
        let ast = self.ast;
        match ast.get(id) {
            Node::Literal { .. }
            | Node::NotLiteral { .. }
            | Node::Any { .. }
            | Node::Set { .. } => {
                let s = self.single(id);
                self.push(Inst::One(s));
            }
            Node::At(a) => {
                self.push(Inst::At(*a));
            }
            Node::Concat(items) => {
                for &i in items {
                    self.emit(i)?;
                }
            }
            Node::Alt(items) => {
                let mut jumps = Vec::new();
                for (k, &i) in items.iter().enumerate() {
                    if k + 1 == items.len() {
                        self.emit(i)?;
                        break;
                    }
                    let split = self.push(Inst::Split(0, 0));
                    self.emit(i)?;
                    jumps.push(self.push(Inst::Jmp(0)));
                    let next = self.pc();
                    self.insts[split] = Inst::Split(split as u32 + 1, next);
                }
                let end = self.pc();
                for j in jumps {
                    self.insts[j] = Inst::Jmp(end);
                }
            }
            Node::Group { index, body } => {
                if let Some(g) = index {
                    self.push(Inst::Save(2 * g));
                    self.emit(*body)?;
                    self.push(Inst::Save(2 * g + 1));
                } else {
                    self.emit(*body)?;
                }
            }
            Node::Atomic(body) => {
                self.push(Inst::AtomicStart);
                self.emit(*body)?;
                self.push(Inst::AtomicEnd);
            }
            Node::Repeat {
                min,
                max,
                greed,
                body,
            } => self.repeat(*min, *max, *greed, *body)?,
            Node::Backref { group, fold } => {
                self.push(Inst::Backref {
                    group: *group,
                    fold: *fold,
                });
            }
            Node::Look {
                behind,
                negate,
                body,
            } => {
                let back = if *behind {
                    let (lo, hi) = ast.width(*body);
                    if lo > MAXCODE {
                        return Err(ReError::bare("looks too much behind"));
                    }
                    if lo != hi {
                        return Err(ReError::bare("look-behind requires fixed-width pattern"));
                    }
                    Some(lo as u32)
                } else {
                    None
                };
                let start = self.push(Inst::LookStart {
                    behind: back,
                    negate: *negate,
                    end: 0,
                });
                self.emit(*body)?;
                let end = self.push(Inst::LookEnd) as u32;
                self.insts[start] = Inst::LookStart {
                    behind: back,
                    negate: *negate,
                    end,
                };
            }
            Node::Cond { group, yes, no } => {
                let test = self.push(Inst::GroupExists {
                    group: *group,
                    no: 0,
                });
                self.emit(*yes)?;
                let jump = self.push(Inst::Jmp(0));
                let no_pc = self.pc();
                if let Some(n) = no {
                    self.emit(*n)?;
                }
                let end = self.pc();
                self.insts[test] = Inst::GroupExists {
                    group: *group,
                    no: no_pc,
                };
                self.insts[jump] = Inst::Jmp(end);
            }
        }
        Ok(())
    }

    fn repeat(&mut self, min: u32, max: u32, greed: Greed, body: NodeId) -> Result<(), ReError> {
        if let Some(item) = single_of(self.ast, body, self) {
            self.push(Inst::RepeatOne {
                item,
                min,
                max,
                greed,
            });
            return Ok(());
        }
        // A possessive repeat is an atomic group around a greedy repeat
        // of an atomic body: each iteration keeps its first way of
        // matching, and the tail never backtracks into the repeat, as
        // CPython's POSSESSIVE_REPEAT.
        let possessive = greed == Greed::Possessive;
        if possessive {
            self.push(Inst::AtomicStart);
        }
        let reg = self.nregs as u32;
        self.nregs += 1;
        let start = self.push(Inst::RepeatStart { reg, end: 0 });
        let body_pc = self.pc();
        if possessive {
            self.push(Inst::AtomicStart);
        }
        self.emit(body)?;
        if possessive {
            self.push(Inst::AtomicEnd);
        }
        let end = self.pc();
        self.push(Inst::RepeatEnd {
            reg,
            min,
            max,
            lazy: greed == Greed::Lazy,
            body: body_pc,
            exit: end + 1,
        });
        self.insts[start] = Inst::RepeatStart { reg, end };
        if possessive {
            self.push(Inst::AtomicEnd);
        }
        Ok(())
    }
}

/// Whether case may matter for `c` (CPython compiles uncased characters
/// as plain literals). A letter beyond ASCII counts even when it has no
/// other form itself: others may fold to it (`ẞ` to `ß`).
fn is_cased(c: u32, m: Mode) -> bool {
    chars::lower(c, m) != c
        || chars::upper(c, m) != c
        || chars::fold(c, m) != c
        || (m == Mode::Unicode && c >= 0x80 && char::from_u32(c).is_some_and(char::is_alphabetic))
}

/// Whether `max` means unbounded.
pub fn unbounded(max: u32) -> bool {
    max == MAXREPEAT
}
