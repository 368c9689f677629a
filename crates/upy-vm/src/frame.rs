//! Activation records. A frame's fast locals, cells and evaluation stack
//! live in the VM's shared value stack from `base` upwards; a suspended
//! generator keeps its slice of that stack in a `SavedFrame`.

use std::rc::Rc;

use crate::obj::{trace_code, Code};
use crate::value::{Gc, Value};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Except,
    Finally,
    /// Inside an except clause (or the exceptional path of `finally`):
    /// leaving it restores the previously handled exception.
    ExceptHandler,
}

#[derive(Clone, Copy, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Stack height (relative to the frame's base) to unwind to.
    pub level: u32,
    /// For `ExceptHandler`: the exception handled before this one.
    pub saved_exc: Value,
}

pub struct Frame {
    pub code: Rc<Code>,
    pub ip: usize,
    pub base: usize,
    pub globals: Gc,
    /// Namespace dict for module-level code and class bodies.
    pub locals: Option<Gc>,
    pub blocks: Vec<Block>,
    /// The generator this frame belongs to, if any.
    pub gen: Option<Gc>,
    /// For a frame running `__init__` on behalf of a class call: the new
    /// instance, which is the call's result.
    pub init_self: Option<Value>,
    /// For a frame running `a.__op__(b)` for a binary operator: the
    /// operator and operands, so that a NotImplemented result can go on to
    /// `b.__rop__(a)` and the builtin fallbacks.
    pub binop: Option<(upy_compiler::code::BinOp, Value, Value)>,
}

impl Frame {
    pub fn trace(&self, out: &mut Vec<Value>) {
        trace_code(&self.code, out);
        out.push(Value::Obj(self.globals));
        if let Some(l) = self.locals {
            out.push(Value::Obj(l));
        }
        for b in &self.blocks {
            out.push(b.saved_exc);
        }
        if let Some(g) = self.gen {
            out.push(Value::Obj(g));
        }
        if let Some(s) = self.init_self {
            out.push(s);
        }
        if let Some((_, a, b)) = self.binop {
            out.push(a);
            out.push(b);
        }
    }
}

/// A generator's frame while it is not running.
pub struct SavedFrame {
    pub frame: Frame,
    pub stack: Vec<Value>,
}

impl SavedFrame {
    pub fn trace(&self, out: &mut Vec<Value>) {
        self.frame.trace(out);
        out.extend(self.stack.iter().copied());
    }

    pub fn size(&self) -> usize {
        self.stack.capacity() * std::mem::size_of::<Value>() + 64
    }
}
