//! The value word: small immediates inline, everything else a handle into
//! the GC heap. 16 bytes, `Copy`, no reference counting.

/// Handle of a heap object: an index into the heap's slot table.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct Gc(pub u32);

/// A Python value.
#[derive(Clone, Copy, Debug)]
pub enum Value {
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// A small int; ints outside `i64` are `Obj::BigInt` on the heap.
    Int(i64),
    Float(f64),
    Obj(Gc),
}

impl Value {
    /// Identity comparison (`is`).
    #[inline]
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }

    #[inline]
    pub fn as_gc(self) -> Option<Gc> {
        match self {
            Value::Obj(g) => Some(g),
            _ => None,
        }
    }

    #[inline]
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }
}

impl From<Gc> for Value {
    fn from(g: Gc) -> Self {
        Value::Obj(g)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}
