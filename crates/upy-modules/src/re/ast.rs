//! The parsed form of a pattern: nodes in one arena (so dropping a
//! deeply nested pattern is a loop, not a recursion, and widths are
//! computed once per node), with the flags of each part already applied,
//! as CPython's `re._parser` leaves them for its compiler.

use super::chars::Mode;

/// The index of a node in `Ast::nodes`.
pub type NodeId = u32;

/// `{m,}` and `*`: no upper bound (CPython's MAXREPEAT).
pub const MAXREPEAT: u32 = u32::MAX;

/// Widths saturate here (CPython's MAXWIDTH, beyond any repeat count).
pub const MAXWIDTH: u64 = 1 << 62;

/// A position assertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^` (`multiline`: also after every newline).
    Beginning { multiline: bool },
    /// `\A`.
    BeginningString,
    /// `$` (`multiline`: also before every newline).
    End { multiline: bool },
    /// `\Z`.
    EndString,
    /// `\b`.
    Boundary(Mode),
    /// `\B`.
    NonBoundary(Mode),
}

/// A category escape (`\d`, `\W`, ...), in or out of a set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// One member of a character set.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetItem {
    Char(u32),
    Range(u32, u32),
    Category(Category),
}

/// How a repeat backtracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

/// A node of the pattern. `fold` is the case-insensitive mode of a
/// literal or set (`None`: case-sensitive).
#[derive(Clone, Debug)]
pub enum Node {
    Literal {
        c: u32,
        fold: Option<Mode>,
    },
    NotLiteral {
        c: u32,
        fold: Option<Mode>,
    },
    /// `.`.
    Any {
        dotall: bool,
    },
    Set {
        negate: bool,
        items: Vec<SetItem>,
        mode: Mode,
        fold: bool,
    },
    At(At),
    Concat(Vec<NodeId>),
    Alt(Vec<NodeId>),
    /// A capturing group (`index` ≥ 1) or a group that only scopes flags.
    Group {
        index: Option<u32>,
        body: NodeId,
    },
    Atomic(NodeId),
    Repeat {
        min: u32,
        max: u32,
        greed: Greed,
        body: NodeId,
    },
    Backref {
        group: u32,
        fold: Option<Mode>,
    },
    Look {
        behind: bool,
        negate: bool,
        body: NodeId,
    },
    /// `(?(group)yes|no)`.
    Cond {
        group: u32,
        yes: NodeId,
        no: Option<NodeId>,
    },
}

/// A parsed pattern.
#[derive(Debug, Default)]
pub struct Ast {
    pub nodes: Vec<Node>,
    /// The least and greatest number of characters each node can match
    /// (CPython's `getwidth`), computed as the node is added from its
    /// children's, which come first.
    widths: Vec<(u64, u64)>,
    /// The width of each closed group (index 0 unused), for
    /// backreferences.
    pub group_widths: Vec<(u64, u64)>,
}

impl Ast {
    pub fn add(&mut self, n: Node) -> NodeId {
        let w = self.width_of(&n);
        self.nodes.push(n);
        self.widths.push(w);
        (self.nodes.len() - 1) as NodeId
    }

    pub fn get(&self, id: NodeId) -> &Node {
        &self.nodes[id as usize]
    }

    pub fn width(&self, id: NodeId) -> (u64, u64) {
        self.widths[id as usize]
    }

    /// Record the width of group `g` once it is closed.
    pub fn close_group(&mut self, g: u32, w: (u64, u64)) {
        let g = g as usize;
        if self.group_widths.len() <= g {
            self.group_widths.resize(g + 1, (0, 0));
        }
        self.group_widths[g] = w;
    }

    fn width_of(&self, n: &Node) -> (u64, u64) {
        let add = |a: u64, b: u64| a.saturating_add(b).min(MAXWIDTH);
        match n {
            Node::Literal { .. }
            | Node::NotLiteral { .. }
            | Node::Any { .. }
            | Node::Set { .. } => (1, 1),
            Node::At(_) | Node::Look { .. } => (0, 0),
            Node::Concat(items) => items.iter().fold((0, 0), |(lo, hi), &i| {
                let (l, h) = self.width(i);
                (add(lo, l), add(hi, h))
            }),
            Node::Alt(items) => {
                let mut lo = MAXWIDTH;
                let mut hi = 0;
                for &i in items {
                    let (l, h) = self.width(i);
                    lo = lo.min(l);
                    hi = hi.max(h);
                }
                (lo, hi)
            }
            Node::Group { body, .. } | Node::Atomic(body) => self.width(*body),
            Node::Repeat { min, max, body, .. } => {
                let (l, h) = self.width(*body);
                let lo = l.saturating_mul(*min as u64).min(MAXWIDTH);
                let hi = if *max == MAXREPEAT && h > 0 {
                    MAXWIDTH
                } else {
                    h.saturating_mul(*max as u64).min(MAXWIDTH)
                };
                (lo, hi)
            }
            Node::Backref { group, .. } => self
                .group_widths
                .get(*group as usize)
                .copied()
                .unwrap_or((0, MAXWIDTH)),
            Node::Cond { yes, no, .. } => {
                let (l, h) = self.width(*yes);
                match no {
                    Some(n) => {
                        let (l2, h2) = self.width(*n);
                        (l.min(l2), h.max(h2))
                    }
                    None => (0, h),
                }
            }
        }
    }
}
