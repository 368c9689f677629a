//! The backtracking matcher. It never recurses: every choice point,
//! every undo record of a capture or counter and every look-around or
//! atomic boundary is a `Frame` on one explicit stack, so neither the
//! pattern nor the subject can exhaust the native stack.
//!
//! The matcher is pure and works in slices of fuel: `Exec::run` returns
//! `Step::OutOfFuel` when its slice is spent and `Step::NeedMemory`
//! before its stack grows past what it was granted, keeping its whole
//! state, so the caller can charge the VM's step budget (and look for
//! Ctrl-C) or its heap budget and resume. A catastrophic pattern is thus
//! interruptible, and a stack that would exhaust the heap budget raises
//! MemoryError.

use std::rc::Rc;

use super::ast::{At, Greed};
use super::chars::{self, Mode};
use super::compile::{unbounded, Inst, Program, Single};

/// An unset capture slot or repeat position.
pub const NONE: usize = usize::MAX;

/// The characters a pattern runs over.
#[derive(Clone, Copy)]
pub enum Text<'a> {
    /// Bytes, or a str all of whose characters are ASCII.
    Narrow(&'a [u8]),
    /// The code points of any other str.
    Wide(&'a [u32]),
}

trait Chars: Copy {
    fn at(self, i: usize) -> u32;
    /// The first position in `from..to` holding `c`.
    fn find(self, c: u32, from: usize, to: usize) -> Option<usize>;
}

impl Chars for &[u8] {
    #[inline(always)]
    fn at(self, i: usize) -> u32 {
        self[i] as u32
    }
    fn find(self, c: u32, from: usize, to: usize) -> Option<usize> {
        let b = u8::try_from(c).ok()?;
        self[from..to]
            .iter()
            .position(|&x| x == b)
            .map(|k| from + k)
    }
}

impl Chars for &[u32] {
    #[inline(always)]
    fn at(self, i: usize) -> u32 {
        self[i]
    }
    fn find(self, c: u32, from: usize, to: usize) -> Option<usize> {
        self[from..to]
            .iter()
            .position(|&x| x == c)
            .map(|k| from + k)
    }
}

/// Where a match may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Starting at the start position (`match`).
    Start,
    /// Starting at the start position and ending at the end (`fullmatch`).
    Full,
    /// Starting anywhere from the start position on (`search`).
    Search,
}

/// What a slice of work ended with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Found,
    NotFound,
    OutOfFuel,
    /// The stack needs this many bytes in all; `grant` them to go on.
    NeedMemory(usize),
}

#[derive(Clone, Copy, Debug)]
enum Frame {
    /// A choice point: go on at `pc` from `pos`.
    Alt { pc: u32, pos: usize },
    /// Undo a capture: slot `slot` was `old`, `lastindex` was `last`.
    Slot { slot: u32, old: usize, last: u32 },
    /// Undo a repeat counter.
    Reg { reg: u32, count: u32, last: usize },
    /// A greedy `RepeatOne` that took `count` items from `base`: give one
    /// back and go on at `pc` (while `count` > `min`).
    Greedy {
        pc: u32,
        base: usize,
        count: u32,
        min: u32,
    },
    /// A lazy `RepeatOne` at `pc` that took `count` items, up to `pos`:
    /// take one more.
    Lazy { pc: u32, pos: usize, count: u32 },
    /// A lazy `RepeatEnd` at `pc` whose tail was tried first: try one
    /// more iteration from `pos`.
    LazyMore { pc: u32, pos: usize, count: u32 },
    /// The start of a look-around or atomic group at `pc`, entered at
    /// `pos`.
    Barrier { pc: u32, pos: usize },
}

const FRAME_BYTES: usize = std::mem::size_of::<Frame>();

/// The first stack size needing no grant.
const FREE_FRAMES: usize = 1024;

#[derive(Clone, Copy)]
struct Reg {
    /// Iterations done (`u32::MAX` before the first).
    count: u32,
    /// Where the last iteration started.
    last: usize,
}

/// One search (or match) of a program over a text, resumable.
pub struct Exec {
    prog: Rc<Program>,
    end: usize,
    anchor: Anchor,
    /// The next position to try a match at.
    next_start: usize,
    /// An empty match at the first position tried is refused (the
    /// previous match of `finditer`/`sub`/`split` was empty there).
    must_advance: bool,
    first_start: usize,
    running: bool,
    attempt: usize,
    pc: usize,
    pos: usize,
    stack: Vec<Frame>,
    barriers: Vec<usize>,
    slots: Vec<usize>,
    regs: Vec<Reg>,
    lastindex: u32,
    granted: usize,
    done: bool,
}

impl Exec {
    /// A matcher over `text[..end]` trying from `start`.
    pub fn new(prog: Rc<Program>, start: usize, end: usize, anchor: Anchor) -> Exec {
        let nslots = prog.nslots;
        let nregs = prog.nregs;
        Exec {
            prog,
            end,
            anchor,
            next_start: start,
            must_advance: false,
            first_start: start,
            running: false,
            attempt: start,
            pc: 0,
            pos: start,
            stack: Vec::new(),
            barriers: Vec::new(),
            slots: vec![NONE; nslots],
            regs: vec![
                Reg {
                    count: u32::MAX,
                    last: NONE
                };
                nregs
            ],
            lastindex: 0,
            granted: FREE_FRAMES,
            done: false,
        }
    }

    /// Search again from `start` (after a match ending there), refusing
    /// an empty match at `start` if `must_advance`.
    pub fn restart(&mut self, start: usize, must_advance: bool) {
        self.next_start = start;
        self.first_start = start;
        self.must_advance = must_advance;
        self.running = false;
        self.done = start > self.end;
        self.stack.clear();
        self.barriers.clear();
    }

    /// Allow the stack to grow to `bytes`.
    pub fn grant(&mut self, bytes: usize) {
        self.granted = self.granted.max(bytes / FRAME_BYTES);
    }

    /// The capture slots of the match found: start and end of each group
    /// (`NONE` when it did not take part).
    pub fn slots(&self) -> &[usize] {
        &self.slots
    }

    /// The last group closed (0 for none).
    pub fn lastindex(&self) -> u32 {
        self.lastindex
    }

    /// Run on `text` for at most `fuel` units of work (one per
    /// instruction, backtrack or position scanned).
    pub fn run(&mut self, text: Text, fuel: &mut u64) -> Step {
        match text {
            Text::Narrow(t) => self.run_on(t, fuel),
            Text::Wide(t) => self.run_on(t, fuel),
        }
    }

    fn run_on<T: Chars>(&mut self, t: T, fuel: &mut u64) -> Step {
        let prog = Rc::clone(&self.prog);
        let insts = &prog.insts[..];
        loop {
            if !self.running {
                if self.done {
                    return Step::NotFound;
                }
                match self.find_start(&prog, t, fuel) {
                    Some(s) => self.begin(s),
                    None if self.done => return Step::NotFound,
                    None => return Step::OutOfFuel,
                }
            }
            loop {
                if *fuel == 0 {
                    return Step::OutOfFuel;
                }
                *fuel -= 1;
                if self.stack.len() + 4 > self.granted {
                    let want = (self.granted * 2).max(self.stack.len() + 4);
                    return Step::NeedMemory(want * FRAME_BYTES);
                }
                let ok = match insts[self.pc] {
                    Inst::One(s) => {
                        if self.pos < self.end && single(&prog, s, t.at(self.pos)) {
                            self.pos += 1;
                            self.pc += 1;
                            true
                        } else {
                            false
                        }
                    }
                    Inst::At(a) => {
                        let ok = self.at(a, t);
                        self.pc += 1;
                        ok
                    }
                    Inst::Save(n) => {
                        let n = n as usize;
                        self.stack.push(Frame::Slot {
                            slot: n as u32,
                            old: self.slots[n],
                            last: self.lastindex,
                        });
                        self.slots[n] = self.pos;
                        if n % 2 == 1 {
                            self.lastindex = (n / 2) as u32;
                        }
                        self.pc += 1;
                        true
                    }
                    Inst::Split(a, b) => {
                        self.stack.push(Frame::Alt {
                            pc: b,
                            pos: self.pos,
                        });
                        self.pc = a as usize;
                        true
                    }
                    Inst::Jmp(a) => {
                        self.pc = a as usize;
                        true
                    }
                    Inst::RepeatOne {
                        item,
                        min,
                        max,
                        greed,
                    } => self.repeat_one(&prog, t, fuel, item, min, max, greed),
                    Inst::RepeatStart { reg, end } => {
                        let r = self.regs[reg as usize];
                        self.stack.push(Frame::Reg {
                            reg,
                            count: r.count,
                            last: r.last,
                        });
                        self.regs[reg as usize] = Reg {
                            count: u32::MAX,
                            last: NONE,
                        };
                        self.pc = end as usize;
                        true
                    }
                    Inst::RepeatEnd {
                        reg,
                        min,
                        max,
                        lazy,
                        body,
                        exit,
                    } => {
                        self.repeat_end(reg, min, max, lazy, body, exit);
                        true
                    }
                    Inst::Backref { group, fold } => self.backref(t, fuel, group, fold),
                    Inst::GroupExists { group, no } => {
                        let g = group as usize * 2;
                        let set = self.slots.get(g + 1).is_some_and(|&e| e != NONE)
                            && self.slots[g] != NONE;
                        self.pc = if set { self.pc + 1 } else { no as usize };
                        true
                    }
                    Inst::LookStart { behind, .. } => {
                        self.stack.push(Frame::Barrier {
                            pc: self.pc as u32,
                            pos: self.pos,
                        });
                        self.barriers.push(self.stack.len() - 1);
                        self.pc += 1;
                        match behind {
                            Some(w) if (w as usize) > self.pos => false,
                            Some(w) => {
                                self.pos -= w as usize;
                                true
                            }
                            None => true,
                        }
                    }
                    Inst::LookEnd => self.look_end(&prog),
                    Inst::AtomicStart => {
                        self.stack.push(Frame::Barrier {
                            pc: self.pc as u32,
                            pos: self.pos,
                        });
                        self.barriers.push(self.stack.len() - 1);
                        self.pc += 1;
                        true
                    }
                    Inst::AtomicEnd => {
                        if let Some(b) = self.barriers.pop() {
                            self.cut(b);
                        }
                        self.pc += 1;
                        true
                    }
                    Inst::Match => {
                        let refused = (self.anchor == Anchor::Full && self.pos != self.end)
                            || (self.must_advance
                                && self.attempt == self.first_start
                                && self.pos == self.attempt);
                        if !refused {
                            self.slots[0] = self.attempt;
                            self.slots[1] = self.pos;
                            self.running = false;
                            self.done = true;
                            return Step::Found;
                        }
                        false
                    }
                };
                if !ok && !self.backtrack(&prog, t, fuel) {
                    self.running = false;
                    break;
                }
            }
        }
    }

    /// The next position a match could start at, scanning from
    /// `next_start`; `None` when there is none (`done`) or the fuel ran
    /// out first.
    fn find_start<T: Chars>(&mut self, prog: &Program, t: T, fuel: &mut u64) -> Option<usize> {
        let s = self.next_start;
        let last_try = match self.anchor {
            Anchor::Start | Anchor::Full => s,
            Anchor::Search if prog.anchored => 0,
            Anchor::Search => self.end,
        };
        if s > last_try || s > self.end || self.end - s < prog.min_width {
            self.done = true;
            return None;
        }
        if self.anchor != Anchor::Search {
            // One attempt only.
            self.next_start = usize::MAX;
            return Some(s);
        }
        let last_try = last_try.min(self.end - prog.min_width);
        let mut i = s;
        while i <= last_try {
            if *fuel == 0 {
                self.next_start = i;
                return None;
            }
            *fuel -= 1;
            let ok = if let Some(&p0) = prog.prefix.first() {
                // Where the prefix's first character is next (the
                // prefix fits before the end: `min_width` counts it).
                let to = (last_try + 1).min(self.end);
                match t.find(p0, i, to) {
                    Some(j) => {
                        *fuel = fuel.saturating_sub(((j - i) / 16) as u64);
                        i = j;
                        prog.prefix
                            .iter()
                            .enumerate()
                            .all(|(k, &c)| t.at(i + k) == c)
                    }
                    None => break,
                }
            } else if !prog.firsts.is_empty() {
                i < self.end && {
                    let c = t.at(i);
                    prog.firsts.iter().any(|&f| single(prog, f, c))
                }
            } else {
                true
            };
            if ok {
                self.next_start = i + 1;
                return Some(i);
            }
            i += 1;
        }
        self.done = true;
        None
    }

    fn begin(&mut self, start: usize) {
        self.running = true;
        self.attempt = start;
        self.pos = start;
        self.pc = 0;
        self.stack.clear();
        self.barriers.clear();
        self.slots.fill(NONE);
        for r in &mut self.regs {
            *r = Reg {
                count: u32::MAX,
                last: NONE,
            };
        }
        self.lastindex = 0;
    }

    fn at<T: Chars>(&self, a: At, t: T) -> bool {
        let (p, end) = (self.pos, self.end);
        match a {
            At::Beginning { multiline } => p == 0 || (multiline && t.at(p - 1) == 10),
            At::BeginningString => p == 0,
            At::End { multiline: false } => p == end || (p + 1 == end && t.at(p) == 10),
            At::End { multiline: true } => p == end || t.at(p) == 10,
            At::EndString => p == end,
            At::Boundary(m) | At::NonBoundary(m) => {
                // CPython: neither matches in an empty string.
                if end == 0 {
                    return false;
                }
                let before = p > 0 && chars::is_word(t.at(p - 1), m);
                let after = p < end && chars::is_word(t.at(p), m);
                (before != after) == matches!(a, At::Boundary(_))
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn repeat_one<T: Chars>(
        &mut self,
        prog: &Program,
        t: T,
        fuel: &mut u64,
        item: Single,
        min: u32,
        max: u32,
        greed: Greed,
    ) -> bool {
        let avail = self.end - self.pos;
        if min as usize > avail {
            return false;
        }
        let limit = if unbounded(max) {
            avail
        } else {
            avail.min(max as usize)
        };
        let want = if greed == Greed::Lazy {
            min as usize
        } else {
            limit
        };
        let mut count = 0;
        while count < want && single(prog, item, t.at(self.pos + count)) {
            count += 1;
        }
        *fuel = fuel.saturating_sub(count as u64 / 4);
        if count < min as usize {
            return false;
        }
        let next = self.pc as u32 + 1;
        match greed {
            Greed::Possessive => {}
            Greed::Greedy if count > min as usize => self.stack.push(Frame::Greedy {
                pc: next,
                base: self.pos,
                count: count as u32,
                min,
            }),
            Greed::Greedy => {}
            Greed::Lazy if limit > count => self.stack.push(Frame::Lazy {
                pc: self.pc as u32,
                pos: self.pos + count,
                count: count as u32,
            }),
            Greed::Lazy => {}
        }
        self.pos += count;
        self.pc += 1;
        true
    }

    fn repeat_end(&mut self, reg: u32, min: u32, max: u32, lazy: bool, body: u32, exit: u32) {
        let r = self.regs[reg as usize];
        let count = r.count.wrapping_add(1);
        if count < min {
            self.stack.push(Frame::Reg {
                reg,
                count: r.count,
                last: r.last,
            });
            self.regs[reg as usize].count = count;
            self.pc = body as usize;
            return;
        }
        if lazy {
            // The tail first; one more iteration when it fails.
            self.stack.push(Frame::LazyMore {
                pc: self.pc as u32,
                pos: self.pos,
                count,
            });
            self.pc = exit as usize;
            return;
        }
        if (count < max || unbounded(max)) && self.pos != r.last {
            self.stack.push(Frame::Alt {
                pc: exit,
                pos: self.pos,
            });
            self.stack.push(Frame::Reg {
                reg,
                count: r.count,
                last: r.last,
            });
            self.regs[reg as usize] = Reg {
                count,
                last: self.pos,
            };
            self.pc = body as usize;
        } else {
            self.pc = exit as usize;
        }
    }

    fn backref<T: Chars>(&mut self, t: T, fuel: &mut u64, group: u32, fold: Option<Mode>) -> bool {
        let g = group as usize * 2;
        let (s, e) = match (self.slots.get(g), self.slots.get(g + 1)) {
            (Some(&s), Some(&e)) if s != NONE && e != NONE && s <= e => (s, e),
            _ => return false,
        };
        let n = e - s;
        if n > self.end - self.pos {
            return false;
        }
        *fuel = fuel.saturating_sub(n as u64 / 4);
        let same = match fold {
            None => (0..n).all(|k| t.at(s + k) == t.at(self.pos + k)),
            Some(m) => (0..n).all(|k| {
                let (a, b) = (t.at(s + k), t.at(self.pos + k));
                a == b || chars::fold(a, m) == chars::fold(b, m)
            }),
        };
        if same {
            self.pos += n;
            self.pc += 1;
        }
        same
    }

    /// The body of a look-around matched.
    fn look_end(&mut self, prog: &Program) -> bool {
        let Some(b) = self.barriers.pop() else {
            return false;
        };
        let Frame::Barrier { pc, pos } = self.stack[b] else {
            return false;
        };
        let negate = matches!(
            prog.insts[pc as usize],
            Inst::LookStart { negate: true, .. }
        );
        if negate {
            // The assertion fails: undo what its body did, then fail.
            while self.stack.len() > b {
                if let Some(f) = self.stack.pop() {
                    self.undo(f);
                }
            }
            return false;
        }
        self.cut(b);
        self.pos = pos;
        self.pc += 1;
        true
    }

    /// Drop the choice points from `b` up (a look-around or atomic group
    /// succeeded), keeping the undo records.
    fn cut(&mut self, b: usize) {
        let mut w = b;
        for r in b..self.stack.len() {
            let f = self.stack[r];
            if matches!(f, Frame::Slot { .. } | Frame::Reg { .. }) {
                self.stack[w] = f;
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    fn undo(&mut self, f: Frame) {
        match f {
            Frame::Slot { slot, old, last } => {
                self.slots[slot as usize] = old;
                self.lastindex = last;
            }
            Frame::Reg { reg, count, last } => self.regs[reg as usize] = Reg { count, last },
            _ => {}
        }
    }

    /// Go back to the latest choice point; false if there is none.
    fn backtrack<T: Chars>(&mut self, prog: &Program, t: T, fuel: &mut u64) -> bool {
        while let Some(top) = self.stack.last_mut() {
            *fuel = fuel.saturating_sub(1);
            match top {
                Frame::Alt { pc, pos } => {
                    self.pc = *pc as usize;
                    self.pos = *pos;
                    self.stack.pop();
                    return true;
                }
                Frame::Greedy {
                    pc,
                    base,
                    count,
                    min,
                } => {
                    let (next_pc, base, min) = (*pc as usize, *base, *min);
                    // A literal next can only match where that character
                    // is: skip the other positions (as CPython does).
                    let lit = match prog.insts[next_pc] {
                        Inst::One(Single::Char(c)) => Some(c),
                        _ => None,
                    };
                    let mut n = *count;
                    loop {
                        n -= 1;
                        let p = base + n as usize;
                        let fits = lit.is_none_or(|c| p < self.end && t.at(p) == c);
                        if fits || n == min {
                            if n == min {
                                self.stack.pop();
                            } else if let Some(Frame::Greedy { count, .. }) = self.stack.last_mut()
                            {
                                *count = n;
                            }
                            if fits {
                                self.pc = next_pc;
                                self.pos = p;
                                return true;
                            }
                            break;
                        }
                    }
                }
                Frame::Lazy { pc, pos, count } => {
                    let (rpc, p, n) = (*pc as usize, *pos, *count);
                    let Inst::RepeatOne { item, max, .. } = prog.insts[rpc] else {
                        self.stack.pop();
                        continue;
                    };
                    let more =
                        (unbounded(max) || n < max) && p < self.end && single(prog, item, t.at(p));
                    if more {
                        if let Some(Frame::Lazy { pos, count, .. }) = self.stack.last_mut() {
                            *pos = p + 1;
                            *count = n + 1;
                        }
                        self.pc = rpc + 1;
                        self.pos = p + 1;
                        return true;
                    }
                    self.stack.pop();
                }
                Frame::LazyMore { pc, pos, count } => {
                    let (rpc, p, n) = (*pc as usize, *pos, *count);
                    self.stack.pop();
                    let Inst::RepeatEnd { reg, max, body, .. } = prog.insts[rpc] else {
                        continue;
                    };
                    let r = self.regs[reg as usize];
                    if (!unbounded(max) && n >= max) || p == r.last {
                        continue;
                    }
                    self.stack.push(Frame::Reg {
                        reg,
                        count: r.count,
                        last: r.last,
                    });
                    self.regs[reg as usize] = Reg { count: n, last: p };
                    self.pos = p;
                    self.pc = body as usize;
                    return true;
                }
                Frame::Barrier { pc, pos } => {
                    let (lpc, p) = (*pc as usize, *pos);
                    self.stack.pop();
                    self.barriers.pop();
                    // The body of a negative look-around failed: the
                    // assertion holds.
                    if let Inst::LookStart {
                        negate: true, end, ..
                    } = prog.insts[lpc]
                    {
                        self.pos = p;
                        self.pc = end as usize + 1;
                        return true;
                    }
                }
                Frame::Slot { .. } | Frame::Reg { .. } => {
                    let f = *top;
                    self.stack.pop();
                    self.undo(f);
                }
            }
        }
        false
    }
}

/// Whether `c` passes test `s`.
#[inline(always)]
fn single(prog: &Program, s: Single, c: u32) -> bool {
    match s {
        Single::Char(x) => c == x,
        Single::CharFold(x, m) => c == x || chars::fold(c, m) == x,
        Single::NotChar(x) => c != x,
        Single::NotCharFold(x, m) => c != x && chars::fold(c, m) != x,
        Single::Any => c != 10,
        Single::AnyAll => true,
        Single::Set(i) => prog.sets[i as usize].matches(c),
    }
}
