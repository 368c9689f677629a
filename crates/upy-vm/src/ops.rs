//! Operators: hashing, equality and ordering, arithmetic with dunder-method
//! dispatch (including reflected and in-place forms), truth values and `in`.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::obj::Obj;
use crate::objects::{complex, float, int};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use upy_compiler::code::{BinOp, CmpOp, UnOp};

/// Equality that needs no Python code, or None if it might.
pub fn fast_eq(vm: &Vm, a: Value, b: Value) -> Option<bool> {
    fast_eq_depth(vm, a, b, 0)
}

/// `fast_eq` with a nesting bound: deep tuples go to the slow path,
/// which checks the native stack.
fn fast_eq_depth(vm: &Vm, a: Value, b: Value, depth: u32) -> Option<bool> {
    if depth > 64 {
        return None;
    }
    if a.is(b) {
        // NaN is the one value not equal to itself.
        if let Value::Float(f) = a {
            return Some(!f.is_nan());
        }
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(int_float_cmp(x, y) == Some(Ordering::Equal))
        }
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(x as i64 == y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some(x as i64 as f64 == y)
        }
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::None, _) | (_, Value::None) => match (a, b) {
            (Value::Obj(g), _) | (_, Value::Obj(g)) if is_user_obj(vm, g) => None,
            _ => Some(false),
        },
        (Value::Obj(ga), Value::Obj(gb)) => match (vm.heap.get(ga), vm.heap.get(gb)) {
            (Obj::Str(x), Obj::Str(y)) => Some(x.hash == y.hash && x.s == y.s),
            (Obj::Bytes(x), Obj::Bytes(y)) => Some(x == y),
            (Obj::Bytes(x), Obj::ByteArray(y)) | (Obj::ByteArray(y), Obj::Bytes(x)) => {
                Some(x[..] == y[..])
            }
            (Obj::ByteArray(x), Obj::ByteArray(y)) => Some(x == y),
            (Obj::BigInt(x), Obj::BigInt(y)) => Some(x == y),
            (Obj::Complex(a, b), Obj::Complex(c, d)) => Some(a == c && b == d),
            (Obj::Tuple(x), Obj::Tuple(y)) => {
                if x.len() != y.len() {
                    return Some(false);
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if p.is(*q) {
                        continue;
                    }
                    match fast_eq_depth(vm, *p, *q, depth + 1) {
                        Some(true) => {}
                        other => return other,
                    }
                }
                Some(true)
            }
            (Obj::Str(_), Obj::Bytes(_) | Obj::List(_) | Obj::Tuple(_) | Obj::BigInt(_))
            | (Obj::Bytes(_) | Obj::List(_) | Obj::Tuple(_) | Obj::BigInt(_), Obj::Str(_)) => {
                Some(false)
            }
            (Obj::Type(_), Obj::Type(_)) => Some(false),
            (Obj::Function(_), Obj::Function(_)) => Some(false),
            _ => None,
        },
        (Value::Obj(g), _) | (_, Value::Obj(g)) => match vm.heap.get(g) {
            Obj::Str(_) | Obj::Bytes(_) | Obj::Tuple(_) | Obj::List(_) | Obj::Dict(_) => {
                Some(false)
            }
            Obj::BigInt(x) => {
                let other = if a.as_gc() == Some(g) { b } else { a };
                match other {
                    Value::Int(_) | Value::Bool(_) => Some(false),
                    Value::Float(f) => Some(big_float_cmp(x, f) == Some(Ordering::Equal)),
                    _ => None,
                }
            }
            _ => None,
        },
        _ => Some(false),
    }
}

fn is_user_obj(vm: &Vm, g: crate::value::Gc) -> bool {
    matches!(
        vm.heap.get(g),
        Obj::Instance(_) | Obj::Exception(_) | Obj::Native(..)
    )
}

/// Exact comparison of an int with a float.
pub fn int_float_cmp(i: i64, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if (i as f64) != f {
        return (i as f64).partial_cmp(&f);
    }
    // Same as a float; compare exactly via i128 when f is integral.
    if f.fract() != 0.0 {
        return (i as f64).partial_cmp(&f);
    }
    if f.abs() >= 9.3e18 {
        return (i as f64).partial_cmp(&f);
    }
    Some((i as i128).cmp(&(f as i128)))
}

fn big_float_cmp(b: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fi = BigInt::from(f.trunc() as i128);
    let fb = if f.abs() < 1e38 {
        fi
    } else {
        // Exact conversion of a large float.
        let (m, e) = float::frexp(f);
        let mant = (m * 2f64.powi(53)) as i64;
        BigInt::from(mant) << ((e - 53).max(0) as u64)
    };
    match b.cmp(&fb) {
        Ordering::Equal => {
            let fr = f - f.trunc();
            if fr > 0.0 {
                Some(Ordering::Less)
            } else if fr < 0.0 {
                Some(Ordering::Greater)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Number view used by arithmetic.
enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(vm: &Vm, v: Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(i)),
        Value::Bool(b) => Some(Num::Int(b as i64)),
        Value::Float(f) => Some(Num::Float(f)),
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::BigInt(b) => Some(Num::Big((**b).clone())),
            Obj::Complex(r, i) => Some(Num::Complex(*r, *i)),
            Obj::Instance(inst) => inst.base.and_then(|b| as_num(vm, b)),
            _ => None,
        },
        _ => None,
    }
}

fn num_to_f64(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Big(b) => int::big_to_f64(vm, b),
        Num::Float(f) => Ok(*f),
        Num::Complex(r, _) => Ok(*r),
    }
}

/// Arithmetic between builtin numbers; None if either is not a number.
fn num_binop(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::And => return Ok(Some(Value::Bool(x & y))),
            BinOp::Or => return Ok(Some(Value::Bool(x | y))),
            BinOp::Xor => return Ok(Some(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    let (Some(x), Some(y)) = (as_num(vm, a), as_num(vm, b)) else {
        return Ok(None);
    };
    match (&x, &y) {
        (Num::Complex(..), _) | (_, Num::Complex(..)) => {
            let ca = complex::as_complex(vm, a).unwrap_or((0.0, 0.0));
            let cb = complex::as_complex(vm, b).unwrap_or((0.0, 0.0));
            complex::complex_binop(vm, op, ca, cb)
        }
        (Num::Float(_), _) | (_, Num::Float(_)) => {
            let fa = num_to_f64(vm, &x)?;
            let fb = num_to_f64(vm, &y)?;
            if matches!(
                op,
                BinOp::And | BinOp::Or | BinOp::Xor | BinOp::LShift | BinOp::RShift | BinOp::MatMul
            ) {
                return Ok(None);
            }
            float::float_binop(vm, op, fa, fb)
        }
        (Num::Int(i), Num::Int(j)) => {
            if let Some(r) = int::small_binop(op, *i, *j) {
                return Ok(Some(Value::Int(r)));
            }
            match op {
                BinOp::TrueDiv => {
                    if *j == 0 {
                        return vm.zero_div("division by zero");
                    }
                    if i.unsigned_abs() < (1 << 53) && j.unsigned_abs() < (1 << 53) {
                        return Ok(Some(Value::Float(*i as f64 / *j as f64)));
                    }
                }
                BinOp::FloorDiv | BinOp::Mod if *j == 0 => {
                    return vm.zero_div(if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    });
                }
                BinOp::LShift | BinOp::RShift if *j < 0 => {
                    return vm.value_error("negative shift count");
                }
                _ => {}
            }
            int::big_binop(vm, op, &BigInt::from(*i), &BigInt::from(*j))
        }
        _ => {
            let ba = match x {
                Num::Int(i) => BigInt::from(i),
                Num::Big(b) => b,
                _ => BigInt::zero(),
            };
            let bb = match y {
                Num::Int(i) => BigInt::from(i),
                Num::Big(b) => b,
                _ => BigInt::zero(),
            };
            int::big_binop(vm, op, &ba, &bb)
        }
    }
}

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
    }
}

/// `hash(None)`.
pub const NONE_HASH: i64 = 0x5f3759df;

/// CPython 3.11's xxHash-based tuple hash, fed the items' hashes in order
/// (`hash(tuple)`, and `hash(range)`, which hashes a tuple of its parts).
pub struct TupleHasher {
    acc: u64,
    len: u64,
}

impl Default for TupleHasher {
    fn default() -> TupleHasher {
        TupleHasher {
            acc: Self::P5,
            len: 0,
        }
    }
}

impl TupleHasher {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;

    /// Mix in the next item's hash.
    pub fn add(&mut self, lane: i64) {
        self.acc = self.acc.wrapping_add((lane as u64).wrapping_mul(Self::P2));
        self.acc = self.acc.rotate_left(31).wrapping_mul(Self::P1);
        self.len += 1;
    }

    /// The hash of the tuple of the items added.
    pub fn finish(&self) -> i64 {
        let acc = self.acc.wrapping_add(self.len ^ (Self::P5 ^ 3527539));
        if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        }
    }
}

impl Vm {
    pub(crate) fn binop_names(&self, op: BinOp) -> (Value, Value, Value) {
        let n = &self.names;
        match op {
            BinOp::Add => (n.__add__, n.__radd__, n.__iadd__),
            BinOp::Sub => (n.__sub__, n.__rsub__, n.__isub__),
            BinOp::Mul => (n.__mul__, n.__rmul__, n.__imul__),
            BinOp::MatMul => (n.__matmul__, n.__rmatmul__, n.__imatmul__),
            BinOp::TrueDiv => (n.__truediv__, n.__rtruediv__, n.__itruediv__),
            BinOp::FloorDiv => (n.__floordiv__, n.__rfloordiv__, n.__ifloordiv__),
            BinOp::Mod => (n.__mod__, n.__rmod__, n.__imod__),
            BinOp::Pow => (n.__pow__, n.__rpow__, n.__ipow__),
            BinOp::LShift => (n.__lshift__, n.__rlshift__, n.__ilshift__),
            BinOp::RShift => (n.__rshift__, n.__rrshift__, n.__irshift__),
            BinOp::And => (n.__and__, n.__rand__, n.__iand__),
            BinOp::Or => (n.__or__, n.__ror__, n.__ior__),
            BinOp::Xor => (n.__xor__, n.__rxor__, n.__ixor__),
        }
    }

    /// `a op b`.
    pub fn binary_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let Some(r) = fast_binop(op, a, b) {
            return Ok(r);
        }
        let ua = self.is_user_value(a);
        let ub = self.is_user_value(b);
        if !ua && !ub {
            if let Some(r) = self.builtin_binop(op, a, b)? {
                return Ok(r);
            }
            return self.binop_type_error(op, a, b);
        }
        self.dunder_binop(op, a, b)
    }

    fn binop_type_error<T>(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<T> {
        let ta = self.type_name(a);
        let tb = self.type_name(b);
        if op == BinOp::Add && self.as_str(a).is_some() && !ub_is_str(self, b) {
            return self.type_error(format!("can only concatenate str (not \"{}\") to str", tb));
        }
        if op == BinOp::Add && matches!(self.base_kind(a), crate::obj::BaseKind::List) {
            return self.type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                tb
            ));
        }
        if op == BinOp::Add
            && matches!(
                self.base_kind(a),
                crate::obj::BaseKind::Bytes | crate::obj::BaseKind::ByteArray
            )
        {
            let ta = self.type_name(a);
            return self.type_error(format!("can't concat {} to {}", tb, ta));
        }
        if op == BinOp::Add && matches!(self.base_kind(a), crate::obj::BaseKind::Tuple) {
            return self.type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                tb
            ));
        }
        if op == BinOp::Mul && (self.is_sequence_kind(a) || self.is_sequence_kind(b)) {
            let other = if self.is_sequence_kind(a) { tb } else { ta };
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                other
            ));
        }
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op_symbol(op),
            ta,
            tb
        ))
    }

    fn is_sequence_kind(&self, v: Value) -> bool {
        use crate::obj::BaseKind::*;
        matches!(self.base_kind(v), Str | Bytes | ByteArray | List | Tuple)
    }

    /// Values whose operators may be defined in Python.
    #[inline]
    pub fn is_user_value(&self, v: Value) -> bool {
        match v {
            Value::Obj(g) => matches!(
                self.heap.get(g),
                Obj::Instance(_) | Obj::Exception(_) | Obj::Native(..) | Obj::Type(_)
            ),
            _ => false,
        }
    }

    /// Operators between builtin values.
    pub fn builtin_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
        if let Some(r) = num_binop(self, op, a, b)? {
            return Ok(Some(r));
        }
        if let Some(r) = crate::objects::seq_ops::seq_binop(self, op, a, b)? {
            return Ok(Some(r));
        }
        if matches!(op, BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) {
            if let Some(r) = crate::objects::set::set_binop(self, op, a, b)? {
                return Ok(Some(r));
            }
            if op == BinOp::Or {
                return crate::objects::dict::dict_or(self, a, b);
            }
        }
        Ok(None)
    }

    fn dunder_binop(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        self.dunder_binop_from(op, a, b, false)
    }

    /// The rest of `a op b` once `a.__op__(b)` returned NotImplemented
    /// (the interpreter ran it as a frame).
    pub fn binary_op_after_left(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        self.dunder_binop_from(op, a, b, true)
    }

    fn dunder_binop_from(
        &mut self,
        op: BinOp,
        a: Value,
        b: Value,
        left_done: bool,
    ) -> PyResult<Value> {
        let (name, rname, _) = self.binop_names(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_sub = tb != ta && self.is_subtype(tb, ta);
        // A builtin operand's own operators are applied by the builtin
        // fallback below, after the user operand had its chance.
        let (ua, ub) = (self.is_user_value(a), self.is_user_value(b));
        if b_sub && ub {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        if ua && !left_done {
            if let Some(r) = self.try_dunder(a, name, b)? {
                return Ok(r);
            }
        }
        // `str % obj` with a user object on the right formats that object
        // itself (its own __str__/__repr__), not the builtin value it
        // may subclass.
        if op == BinOp::Mod && !ua && ub && !left_done && self.as_str(a).is_some() {
            if let Some(r) = crate::objects::seq_ops::seq_binop(self, op, a, b)? {
                return Ok(r);
            }
        }
        // A builtin left operand goes first (its operator accepts a right
        // operand that subclasses a builtin, e.g. `1.5 + IntSub(2)`).
        if !ua && ub && !b_sub && !left_done {
            let bb = self.unwrap_base(b);
            // int's operators take only ints; float's also ints; the
            // rest are left to the right operand's reflected method.
            let is_intish = |vm: &Self, v: Value| {
                matches!(v, Value::Int(_) | Value::Bool(_))
                    || matches!(v, Value::Obj(g) if matches!(vm.heap.get(g), Obj::BigInt(_)))
            };
            let accepts = match a {
                Value::Int(_) | Value::Bool(_) => is_intish(self, bb),
                Value::Obj(g) if matches!(self.heap.get(g), Obj::BigInt(_)) => is_intish(self, bb),
                Value::Float(_) => is_intish(self, bb) || matches!(bb, Value::Float(_)),
                _ => true,
            };
            if accepts && !self.is_user_value(bb) {
                if let Some(r) = self.builtin_binop(op, a, bb)? {
                    return Ok(r);
                }
            }
        }
        if !b_sub && tb != ta && ub {
            if let Some(r) = self.try_dunder(b, rname, a)? {
                return Ok(r);
            }
        }
        let ba = self.unwrap_base(a);
        let bb = self.unwrap_base(b);
        if !self.is_user_value(ba) && !self.is_user_value(bb) {
            if let Some(r) = self.builtin_binop(op, ba, bb)? {
                return Ok(r);
            }
        }
        // `str % obj` formats any object.
        if op == BinOp::Mod
            && !self.is_user_value(ba)
            && (self.as_str(ba).is_some()
                || crate::objects::bytes::try_buffer_bytes(self, ba).is_some())
        {
            if let Some(r) = crate::objects::seq_ops::seq_binop(self, op, ba, b)? {
                return Ok(r);
            }
        }
        // `bytes + array`: any buffer object concatenates to bytes.
        if op == BinOp::Add
            && !self.is_user_value(ba)
            && matches!(
                self.base_kind(ba),
                crate::obj::BaseKind::Bytes | crate::obj::BaseKind::ByteArray
            )
            && crate::objects::bytes::try_buffer_bytes(self, bb).is_some()
        {
            if let Some(r) = crate::objects::seq_ops::seq_binop(self, op, ba, bb)? {
                return Ok(r);
            }
        }
        // `seq * obj` where obj has __index__.
        if op == BinOp::Mul {
            for (seq, n) in [(ba, bb), (bb, ba)] {
                if self.is_sequence_kind(seq) && !self.is_user_value(seq) && self.is_user_value(n) {
                    if let Some(f) = self.lookup_special(n, self.names.__index__) {
                        let k = self.call_bound(f, n, &[])?;
                        if let Some(r) = self.builtin_binop(op, seq, k)? {
                            return Ok(r);
                        }
                    }
                }
            }
        }
        self.binop_type_error(op, a, b)
    }

    /// Call `obj.name(arg)` if the type defines it; None if undefined or it
    /// returned NotImplemented.
    fn try_dunder(&mut self, obj: Value, name: Value, arg: Value) -> PyResult<Option<Value>> {
        match self.lookup_special(obj, name) {
            Some(f) => {
                let r = self.call_bound(f, obj, &[arg])?;
                if matches!(r, Value::NotImplemented) {
                    Ok(None)
                } else {
                    Ok(Some(r))
                }
            }
            None => Ok(None),
        }
    }

    /// `a op= b`.
    pub fn inplace_op(&mut self, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(r) = int::small_binop(op, x, y) {
                return Ok(Value::Int(r));
            }
        }
        if self.is_user_value(a) {
            let (_, _, iname) = self.binop_names(op);
            if let Some(r) = self.try_dunder(a, iname, b)? {
                return Ok(r);
            }
        }
        // Mutable builtins (and subclasses of them) extend in place.
        if let Value::Obj(g) = self.unwrap_base(a) {
            match (op, self.heap.get(g)) {
                (BinOp::Add, Obj::List(_)) => {
                    crate::objects::list::list_extend(self, g, b)?;
                    return Ok(a);
                }
                (BinOp::Mul, Obj::List(_)) => {
                    crate::objects::list::list_imul(self, g, b)?;
                    return Ok(a);
                }
                (BinOp::Add, Obj::ByteArray(_)) => {
                    let data = crate::objects::bytes::buffer_bytes(self, b)?;
                    self.check_alloc(data.len())?;
                    if !data.is_empty() {
                        crate::objects::bytes::ba_resize(self, g)?;
                    }
                    if let Obj::ByteArray(v) = self.heap.get_mut(g) {
                        v.extend_from_slice(&data);
                    }
                    return Ok(a);
                }
                (BinOp::Mul, Obj::ByteArray(v)) => {
                    // In place, as CPython: other references see it.
                    let len = v.len();
                    let Some(n) = crate::objects::seq_ops::repeat_count(self, b, len)? else {
                        return self.binary_op(op, a, b);
                    };
                    if n != 1 && len > 0 {
                        crate::objects::bytes::ba_resize(self, g)?;
                    }
                    if let Obj::ByteArray(v) = self.heap.get_mut(g) {
                        *v = v.repeat(n);
                    }
                    return Ok(a);
                }
                (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Obj::Set(_)) => {
                    if let Some(r) = crate::objects::set::set_inplace(self, op, a, b)? {
                        return Ok(r);
                    }
                }
                (BinOp::Or, Obj::Dict(_)) => {
                    crate::objects::dict::dict_update_from(self, g, b)?;
                    return Ok(a);
                }
                _ => {}
            }
        }
        match self.binary_op(op, a, b) {
            Err(e) if self.exc_matches(e, self.types.type_error) => {
                // Name the augmented operator in the message, as CPython.
                let sym = op_symbol(op);
                let prefix = format!("unsupported operand type(s) for {}:", sym);
                let msg = crate::objects::exception::exc_args(self, e)
                    .first()
                    .and_then(|m| self.as_str(*m).map(|s| s.to_string()))
                    .unwrap_or_default();
                match msg.strip_prefix(&prefix) {
                    Some(rest) if !sym.contains(' ') => self
                        .type_error(format!("unsupported operand type(s) for {}=:{}", sym, rest)),
                    _ => Err(e),
                }
            }
            r => r,
        }
    }

    pub fn unary_op(&mut self, op: UnOp, a: Value) -> PyResult<Value> {
        match (op, a) {
            (UnOp::Not, _) => return Ok(Value::Bool(!self.truthy(a)?)),
            (UnOp::Neg, Value::Int(i)) => {
                if let Some(r) = i.checked_neg() {
                    return Ok(Value::Int(r));
                }
            }
            (UnOp::Neg, Value::Float(f)) => return Ok(Value::Float(-f)),
            (UnOp::Neg, Value::Bool(b)) => return Ok(Value::Int(-(b as i64))),
            (UnOp::Pos, Value::Int(_) | Value::Float(_)) => return Ok(a),
            (UnOp::Pos, Value::Bool(b)) => return Ok(Value::Int(b as i64)),
            (UnOp::Invert, Value::Int(i)) => return Ok(Value::Int(!i)),
            (UnOp::Invert, Value::Bool(b)) => return Ok(Value::Int(!(b as i64))),
            _ => {}
        }
        if self.is_user_value(a) {
            let name = match op {
                UnOp::Neg => self.names.__neg__,
                UnOp::Pos => self.names.__pos__,
                UnOp::Invert => self.names.__invert__,
                UnOp::Not => unreachable!("handled above"),
            };
            if let Some(f) = self.lookup_special(a, name) {
                return self.call_bound(f, a, &[]);
            }
            let base = self.unwrap_base(a);
            if !base.is(a) {
                return self.unary_op(op, base);
            }
        } else if let Value::Obj(g) = a {
            match self.heap.get(g) {
                Obj::BigInt(b) => {
                    let b = (**b).clone();
                    let r = match op {
                        UnOp::Neg => -b,
                        UnOp::Pos => b,
                        _ => -b - 1,
                    };
                    return self.new_bigint(r);
                }
                Obj::Complex(r, i) => {
                    let (r, i) = (*r, *i);
                    match op {
                        UnOp::Neg => return complex::new_complex(self, -r, -i),
                        UnOp::Pos => return Ok(a),
                        _ => {}
                    }
                }
                _ => {}
            }
        } else if let (UnOp::Neg, Value::Int(i)) = (op, a) {
            return self.new_bigint(-BigInt::from(i));
        }
        let sym = match op {
            UnOp::Neg => "-",
            UnOp::Pos => "+",
            _ => "~",
        };
        let t = self.type_name(a);
        self.type_error(format!("bad operand type for unary {}: '{}'", sym, t))
    }

    /// Truth value (`bool(v)`).
    pub fn truthy(&mut self, v: Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::Float(f) => f != 0.0,
            Value::NotImplemented | Value::Ellipsis => true,
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Str(s) => !s.s.is_empty(),
                Obj::List(l) => !l.is_empty(),
                Obj::Tuple(t) => !t.is_empty(),
                Obj::Dict(d) => !d.is_empty(),
                Obj::Set(s) | Obj::FrozenSet(s) => !s.is_empty(),
                Obj::Bytes(b) => !b.is_empty(),
                Obj::ByteArray(b) => !b.is_empty(),
                Obj::BigInt(_) => true,
                Obj::Complex(r, i) => *r != 0.0 || *i != 0.0,
                Obj::Range(r) => !r.is_empty(),
                Obj::Instance(_) | Obj::Native(..) => return self.user_truthy(v),
                _ => true,
            },
        })
    }

    fn user_truthy(&mut self, v: Value) -> PyResult<bool> {
        if let Some(f) = self.lookup_special(v, self.names.__bool__) {
            let r = self.call_bound(f, v, &[])?;
            return match r {
                Value::Bool(b) => Ok(b),
                _ => {
                    let t = self.type_name(r);
                    self.type_error(format!("__bool__ should return bool, returned {}", t))
                }
            };
        }
        if let Some(f) = self.lookup_special(v, self.names.__len__) {
            let r = self.call_bound(f, v, &[])?;
            let n = self.len_result(r)?;
            return Ok(n != 0);
        }
        let base = self.unwrap_base(v);
        if !base.is(v) {
            return self.truthy(base);
        }
        Ok(true)
    }

    /// Validate the result of `__len__`.
    pub fn len_result(&mut self, r: Value) -> PyResult<i64> {
        match r {
            Value::Int(n) if n >= 0 => Ok(n),
            Value::Bool(b) => Ok(b as i64),
            Value::Int(_) => self.value_error("__len__() should return >= 0"),
            _ if int::is_int(self, r) => {
                self.overflow_error("cannot fit 'int' into an index-sized integer")
            }
            // An object with __index__ is an integer too.
            _ if self.is_user_value(r)
                && self.lookup_special(r, self.names.__index__).is_some() =>
            {
                let f = self
                    .lookup_special(r, self.names.__index__)
                    .unwrap_or(Value::None);
                let n = self.call_bound(f, r, &[])?;
                if !int::is_int(self, n) {
                    let t = self.type_name(n);
                    return self.type_error(format!("__index__ returned non-int (type {})", t));
                }
                self.len_result(n)
            }
            _ => {
                let t = self.type_name(r);
                self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    t
                ))
            }
        }
    }

    /// `a == b`.
    pub fn eq(&mut self, a: Value, b: Value) -> PyResult<bool> {
        // Containers treat identity as equality (so `nan in [nan]`).
        if a.is(b) {
            return Ok(true);
        }
        if let Some(r) = fast_eq(self, a, b) {
            return Ok(r);
        }
        // Exact lists and tuples (nested data) compare without the
        // operator dispatch.
        if let (Value::Obj(ga), Value::Obj(gb)) = (a, b) {
            if matches!(
                (self.heap.get(ga), self.heap.get(gb)),
                (Obj::List(_), Obj::List(_)) | (Obj::Tuple(_), Obj::Tuple(_))
            ) {
                return Ok(self.seq_cmp(CmpOp::Eq, ga, gb)? == Some(Some(Ordering::Equal)));
            }
        }
        let r = self.rich_compare(CmpOp::Eq, a, b)?;
        self.truthy(r)
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(int::hash_i64(i)),
            Value::Bool(b) => Ok(b as i64),
            Value::Float(f) => Ok(float::hash_float(f)),
            Value::None => Ok(NONE_HASH),
            Value::NotImplemented => Ok(0x1234567),
            Value::Ellipsis => Ok(0x7654321),
            Value::Obj(g) => match self.heap.get(g) {
                Obj::Str(s) => Ok(s.hash),
                Obj::Bytes(b) => Ok(crate::obj::str_hash(b)),
                Obj::BigInt(b) => Ok(int::hash_big(b)),
                Obj::Complex(r, i) => {
                    let h = float::hash_float(*r)
                        .wrapping_add(1000003i64.wrapping_mul(float::hash_float(*i)));
                    Ok(if h == -1 { -2 } else { h })
                }
                Obj::Tuple(items) => {
                    let items: Vec<Value> = items.to_vec();
                    self.tuple_hash(&items)
                }
                Obj::FrozenSet(s) => {
                    let hashes: Vec<i64> = s.iter().map(|(h, _)| h).collect();
                    Ok(crate::objects::set::frozenset_hash(&hashes))
                }
                Obj::List(_) | Obj::Dict(_) | Obj::Set(_) | Obj::ByteArray(_) => {
                    let t = self.type_name(v);
                    self.type_error(format!("unhashable type: '{}'", t))
                }
                Obj::Instance(_) | Obj::Exception(_) | Obj::Native(..) => self.user_hash(v),
                Obj::Slice(..) => self.type_error("unhashable type: 'slice'"),
                Obj::DictView(_, k) if *k != crate::obj::DictViewKind::Values => {
                    let t = self.type_name(v);
                    self.type_error(format!("unhashable type: '{}'", t))
                }
                Obj::Range(r) => Ok(crate::objects::range::range_hash(r)),
                // By the identity of `self`, as CPython: `[].append` is
                // hashable though a list is not.
                Obj::BoundMethod(f, s) => {
                    let (f, s) = (*f, *s);
                    let a = self.hash(f)?;
                    let b = match s {
                        Value::Obj(sg) => id_hash(sg.0),
                        _ => self.hash(s)?,
                    };
                    Ok(a ^ b)
                }
                _ => Ok(id_hash(g.0)),
            },
        }
    }

    fn user_hash(&mut self, v: Value) -> PyResult<i64> {
        let t = self.type_of(v);
        let hname = self.names.__hash__;
        match self.lookup_type(t, hname) {
            Some(Value::None) => {
                let n = self.type_name(v);
                self.type_error(format!("unhashable type: '{}'", n))
            }
            Some(f) if !self.is_object_slot(f, "__hash__") => {
                let r = self.call_bound(f, v, &[])?;
                match r {
                    // As CPython: a machine-sized result is the hash itself
                    // (-1 is reserved); a bigger int is hashed.
                    Value::Int(-1) => Ok(-2),
                    Value::Int(i) => Ok(i),
                    Value::Bool(b) => Ok(b as i64),
                    _ if int::is_int(self, r) => {
                        let b = int::to_big(self, r).unwrap_or_default();
                        Ok(int::hash_big(&b))
                    }
                    _ => self.type_error("__hash__ method should return an integer"),
                }
            }
            _ => {
                let base = self.unwrap_base(v);
                if !base.is(v) {
                    return self.hash(base);
                }
                Ok(id_hash(v.as_gc().map(|g| g.0).unwrap_or(0)))
            }
        }
    }

    /// Whether `f` is the default implementation from `object` (or
    /// `type`), i.e. the class does not customise `name`.
    pub fn is_object_slot(&self, f: Value, name: &str) -> bool {
        // Only native functions can be slots: skip the name look-up for
        // the rest (Python methods, the common case).
        if !matches!(f, Value::Obj(g) if matches!(self.heap.get(g), Obj::NativeFn(_) | Obj::StaticMethod(_) | Obj::ClassMethod(_)))
        {
            return false;
        }
        let Some(key) = self.lookup_interned(name) else {
            return false;
        };
        self.is_slot_named(f, key, self.types.object)
            || self.is_slot_named(f, key, self.types.type_)
    }

    /// Whether `f` is what type `t` itself defines as `name`.
    pub fn is_slot_of(&self, f: Value, name: &str, t: crate::value::Gc) -> bool {
        let Value::Obj(g) = f else { return false };
        if !matches!(
            self.heap.get(g),
            Obj::NativeFn(_) | Obj::StaticMethod(_) | Obj::ClassMethod(_)
        ) {
            return false;
        }
        let Some(key) = self.lookup_interned(name) else {
            return false;
        };
        self.is_slot_named(f, key, t)
    }

    /// `is_slot_of` with the interned name already at hand.
    pub fn is_slot_named(&self, f: Value, key: Value, t: crate::value::Gc) -> bool {
        let Value::Obj(g) = f else { return false };
        if !matches!(
            self.heap.get(g),
            Obj::NativeFn(_) | Obj::StaticMethod(_) | Obj::ClassMethod(_)
        ) {
            return false;
        }
        let d = self.type_obj(t).dict;
        matches!(crate::objects::dict::dict_get_str(self, d, key), Some(v) if v.is(f))
    }

    pub fn tuple_hash(&mut self, items: &[Value]) -> PyResult<i64> {
        self.check_stack()?;
        // Nested tuples sharing items hash in time exponential in depth.
        self.take_step()?;
        let mut h = TupleHasher::default();
        for &it in items {
            h.add(self.hash(it)?);
        }
        Ok(h.finish())
    }

    /// Comparison operators.
    pub fn compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::Bool(!a.is(b))),
            CmpOp::In => return Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!self.contains(b, a)?)),
            _ => {}
        }
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::Bool(match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                CmpOp::Gt => x > y,
                _ => x >= y,
            }));
        }
        // Two exact strs: compare their text (UTF-8 byte order is code
        // point order).
        if let (Value::Obj(ga), Value::Obj(gb)) = (a, b) {
            if let (Obj::Str(x), Obj::Str(y)) = (self.heap.get(ga), self.heap.get(gb)) {
                let o = x.s.as_bytes().cmp(y.s.as_bytes());
                return Ok(Value::Bool(match op {
                    CmpOp::Lt => o.is_lt(),
                    CmpOp::Le => o.is_le(),
                    CmpOp::Eq => o.is_eq(),
                    CmpOp::Ne => o.is_ne(),
                    CmpOp::Gt => o.is_gt(),
                    _ => o.is_ge(),
                }));
            }
        }
        // `x == x` runs a user __eq__ (containers, via `eq`, may assume
        // identity implies equality; the operator may not).
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && !self.is_user_value(a) && !self.is_user_value(b) {
            if let Some(r) = fast_eq(self, a, b) {
                return Ok(Value::Bool(if op == CmpOp::Eq { r } else { !r }));
            }
        }
        self.rich_compare(op, a, b)
    }

    fn cmp_names(&self, op: CmpOp) -> (Value, Value) {
        let n = &self.names;
        match op {
            CmpOp::Lt => (n.__lt__, n.__gt__),
            CmpOp::Le => (n.__le__, n.__ge__),
            CmpOp::Eq => (n.__eq__, n.__eq__),
            CmpOp::Ne => (n.__ne__, n.__ne__),
            CmpOp::Gt => (n.__gt__, n.__lt__),
            _ => (n.__ge__, n.__le__),
        }
    }

    /// Comparison with `__lt__`-style dispatch for user types.
    pub fn rich_compare(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
        let ua = self.is_user_value(a);
        let ub = self.is_user_value(b);
        if ua || ub {
            let (name, rname) = self.cmp_names(op);
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let b_sub = ub && tb != ta && self.is_subtype(tb, ta);
            if b_sub {
                if let Some(r) = self.try_dunder(b, rname, a)? {
                    return Ok(r);
                }
            }
            if ua {
                if let Some(r) = self.try_dunder(a, name, b)? {
                    return Ok(r);
                }
            }
            if ub && !b_sub {
                if let Some(r) = self.try_dunder(b, rname, a)? {
                    return Ok(r);
                }
            }
            let ba = self.unwrap_base(a);
            let bb = self.unwrap_base(b);
            if (!ba.is(a) || !bb.is(b)) && !self.is_user_value(ba) && !self.is_user_value(bb) {
                return self.compare(op, ba, bb);
            }
            return match op {
                CmpOp::Eq => Ok(Value::Bool(a.is(b))),
                CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
                _ => self.cmp_type_error(op, a, b),
            };
        }
        match self.builtin_cmp(a, b, op)? {
            Some(ord) => Ok(Value::Bool(match op {
                CmpOp::Lt => ord == Some(Ordering::Less),
                CmpOp::Le => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
                CmpOp::Eq => ord == Some(Ordering::Equal),
                CmpOp::Ne => ord != Some(Ordering::Equal),
                CmpOp::Gt => ord == Some(Ordering::Greater),
                _ => matches!(ord, Some(Ordering::Greater | Ordering::Equal)),
            })),
            None => match op {
                CmpOp::Eq => Ok(Value::Bool(a.is(b))),
                CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
                _ => self.cmp_type_error(op, a, b),
            },
        }
    }

    fn cmp_type_error<T>(&mut self, op: CmpOp, a: Value, b: Value) -> PyResult<T> {
        let sym = match op {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Eq => "==",
            _ => "!=",
        };
        let ta = self.type_name(a);
        let tb = self.type_name(b);
        self.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            sym, ta, tb
        ))
    }

    /// Ordering of builtin values for comparison `op`: Some(Some(ord))
    /// comparable, Some(None) unordered (NaN), None not comparable.
    /// Sequences are ordered by their first unequal items compared with
    /// `op` itself, as CPython does.
    pub fn builtin_cmp(
        &mut self,
        a: Value,
        b: Value,
        op: CmpOp,
    ) -> PyResult<Option<Option<Ordering>>> {
        let eq_only = matches!(op, CmpOp::Eq | CmpOp::Ne);
        if let (Some(x), Some(y)) = (as_num(self, a), as_num(self, b)) {
            return Ok(match (x, y) {
                (Num::Int(i), Num::Int(j)) => Some(Some(i.cmp(&j))),
                (Num::Float(f), Num::Float(g)) => Some(f.partial_cmp(&g)),
                (Num::Int(i), Num::Float(f)) => Some(int_float_cmp(i, f)),
                (Num::Float(f), Num::Int(i)) => Some(int_float_cmp(i, f).map(|o| o.reverse())),
                (Num::Big(p), Num::Big(q)) => Some(Some(p.cmp(&q))),
                (Num::Big(p), Num::Int(i)) => Some(Some(p.cmp(&BigInt::from(i)))),
                (Num::Int(i), Num::Big(q)) => Some(Some(BigInt::from(i).cmp(&q))),
                (Num::Big(p), Num::Float(f)) => Some(big_float_cmp(&p, f)),
                (Num::Float(f), Num::Big(p)) => Some(big_float_cmp(&p, f).map(|o| o.reverse())),
                (Num::Complex(a, b), Num::Complex(c, d)) if eq_only => Some(if a == c && b == d {
                    Some(Ordering::Equal)
                } else {
                    Some(Ordering::Less)
                }),
                (Num::Complex(a, b), other) | (other, Num::Complex(a, b)) if eq_only => {
                    let f = match other {
                        Num::Int(i) => i as f64,
                        Num::Float(f) => f,
                        Num::Big(p) => p.to_f64().unwrap_or(f64::NAN),
                        Num::Complex(..) => f64::NAN,
                    };
                    Some(if b == 0.0 && a == f {
                        Some(Ordering::Equal)
                    } else {
                        Some(Ordering::Less)
                    })
                }
                _ => None,
            });
        }
        let (Value::Obj(ga), Value::Obj(gb)) = (a, b) else {
            return Ok(None);
        };
        match (self.heap.get(ga), self.heap.get(gb)) {
            (Obj::Str(x), Obj::Str(y)) => Ok(Some(Some(x.s.cmp(&y.s)))),
            (Obj::Bytes(_) | Obj::ByteArray(_), Obj::Bytes(_) | Obj::ByteArray(_)) => {
                let x = crate::objects::bytes::buffer_bytes(self, a)?;
                let y = crate::objects::bytes::buffer_bytes(self, b)?;
                Ok(Some(Some(x.cmp(&y))))
            }
            (Obj::Tuple(_), Obj::Tuple(_)) | (Obj::List(_), Obj::List(_)) => {
                self.seq_cmp(op, ga, gb)
            }
            (Obj::Set(_) | Obj::FrozenSet(_), Obj::Set(_) | Obj::FrozenSet(_)) => {
                crate::objects::set::set_cmp(self, a, b)
            }
            (Obj::Dict(_), Obj::Dict(_)) if eq_only => {
                let e = crate::objects::dict::dict_eq(self, ga, gb)?;
                Ok(Some(Some(if e { Ordering::Equal } else { Ordering::Less })))
            }
            (Obj::Slice(..), Obj::Slice(..)) => self.seq_cmp(op, ga, gb),
            // Bound methods are equal when they bind the same object to
            // equal functions (CPython 3.8+: `self` by identity).
            (Obj::BoundMethod(fa, sa), Obj::BoundMethod(fb, sb)) if eq_only => {
                let (fa, fb, same) = (*fa, *fb, sa.is(*sb));
                let e = same && self.eq(fa, fb)?;
                Ok(Some(Some(if e { Ordering::Equal } else { Ordering::Less })))
            }
            (Obj::Range(..), Obj::Range(..)) if eq_only => {
                let e = crate::objects::range::range_eq(self, ga, gb);
                Ok(Some(Some(if e { Ordering::Equal } else { Ordering::Less })))
            }
            // Keys and items views compare as sets (values views only by
            // identity).
            (Obj::DictView(_, ka), Obj::DictView(_, kb))
                if *ka != crate::obj::DictViewKind::Values
                    && *kb != crate::obj::DictViewKind::Values =>
            {
                let sa = crate::objects::set::to_set(self, a)?;
                let sb = crate::objects::set::to_set(self, b)?;
                crate::objects::set::set_cmp(self, sa, sb)
            }
            (Obj::DictView(_, k), Obj::Set(_) | Obj::FrozenSet(_))
            | (Obj::Set(_) | Obj::FrozenSet(_), Obj::DictView(_, k))
                if *k != crate::obj::DictViewKind::Values =>
            {
                let sa = crate::objects::set::to_set(self, a)?;
                let sb = crate::objects::set::to_set(self, b)?;
                crate::objects::set::set_cmp(self, sa, sb)
            }
            _ => Ok(None),
        }
    }

    /// Compare two lists, tuples or slices item by item. As CPython, the
    /// items are read from the live objects at each step (a list may
    /// change under an `__eq__`), and nothing is copied, so comparing
    /// structures that share their parts costs no memory.
    fn seq_cmp(
        &mut self,
        op: CmpOp,
        ga: crate::value::Gc,
        gb: crate::value::Gc,
    ) -> PyResult<Option<Option<Ordering>>> {
        let eq_only = matches!(op, CmpOp::Eq | CmpOp::Ne);
        let item = |vm: &Vm, g: crate::value::Gc, i: usize| -> Option<Value> {
            match vm.heap.get(g) {
                Obj::List(l) => l.get(i).copied(),
                Obj::Tuple(t) => t.get(i).copied(),
                Obj::Slice(a, b, c) => [*a, *b, *c].get(i).copied(),
                _ => None,
            }
        };
        let len = |vm: &Vm, g: crate::value::Gc| match vm.heap.get(g) {
            Obj::List(l) => l.len(),
            Obj::Tuple(t) => t.len(),
            Obj::Slice(..) => 3,
            _ => 0,
        };
        if eq_only && len(self, ga) != len(self, gb) {
            return Ok(Some(Some(Ordering::Less)));
        }
        self.enter_nested(" in comparison")?;
        let mark = self.roots.len();
        self.roots.push(Value::Obj(ga));
        self.roots.push(Value::Obj(gb));
        let mut i = 0;
        let r = loop {
            let (Some(p), Some(q)) = (item(self, ga, i), item(self, gb, i)) else {
                break Ok(Some(Some(len(self, ga).cmp(&len(self, gb)))));
            };
            if p.is(q) {
                i += 1;
                continue;
            }
            // Two small ints or two floats (heapq's and sort's usual keys)
            // are ordered here, as their operators would order them.
            let quick = match (p, q) {
                (Value::Int(x), Value::Int(y)) => Some(Some(x.cmp(&y))),
                (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(&y)),
                _ => None,
            };
            match quick {
                Some(Some(Ordering::Equal)) => {
                    i += 1;
                    continue;
                }
                Some(_) if eq_only => break Ok(Some(Some(Ordering::Less))),
                Some(o) => break Ok(Some(o)),
                None => {}
            }
            if !eq_only {
                // An __eq__ may take them out of their lists before they
                // are ordered.
                self.roots.truncate(mark + 2);
                self.roots.push(p);
                self.roots.push(q);
            }
            match self.eq(p, q) {
                Ok(true) => {}
                Ok(false) if eq_only => break Ok(Some(Some(Ordering::Less))),
                Ok(false) => break self.order_of(op, p, q),
                Err(e) => break Err(e),
            }
            i += 1;
        };
        self.roots.truncate(mark);
        self.nesting -= 1;
        r
    }

    /// The order of two items found unequal in a sequence comparison,
    /// from `op` alone, as CPython asks only it (`(a, x) < (a, y)` is
    /// `x < y`): an ordering under which `op` gives the items' answer.
    fn order_of(&mut self, op: CmpOp, p: Value, q: Value) -> PyResult<Option<Option<Ordering>>> {
        let r = self.compare(op, p, q)?;
        let holds = self.truthy(r)?;
        let less = matches!(op, CmpOp::Lt | CmpOp::Le) == holds;
        Ok(Some(Some(if less {
            Ordering::Less
        } else {
            Ordering::Greater
        })))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Obj(g) = container {
            match self.heap.get(g) {
                Obj::Str(s) => {
                    let hay = s.s.to_string();
                    return match self.as_str(item) {
                        Some(needle) => Ok(hay.contains(needle)),
                        None => {
                            let t = self.type_name(item);
                            self.type_error(format!(
                                "'in <string>' requires string as left operand, not {}",
                                t
                            ))
                        }
                    };
                }
                Obj::List(_) | Obj::Tuple(_) => {
                    // As CPython: the live list is read at each step.
                    let mark = self.roots.len();
                    self.roots.push(container);
                    let mut i = 0;
                    let found = loop {
                        let it = match self.heap.get(g) {
                            Obj::List(l) => l.get(i).copied(),
                            Obj::Tuple(t) => t.get(i).copied(),
                            _ => None,
                        };
                        let Some(it) = it else { break Ok(false) };
                        self.roots.truncate(mark + 1);
                        self.roots.push(it);
                        match self.eq(it, item) {
                            Ok(true) => break Ok(true),
                            Ok(false) => i += 1,
                            Err(e) => break Err(e),
                        }
                    };
                    self.roots.truncate(mark);
                    return found;
                }
                Obj::Dict(_) => {
                    return Ok(crate::objects::dict::dict_get(self, g, item)?.is_some());
                }
                Obj::DictView(d, kind) => {
                    let (d, kind) = (*d, *kind);
                    return crate::objects::dict::view_contains(self, d, kind, item);
                }
                Obj::Set(_) | Obj::FrozenSet(_) => {
                    return crate::objects::set::set_contains(self, g, item);
                }
                Obj::Range(_) => return crate::objects::range::range_contains(self, g, item),
                Obj::Bytes(_) | Obj::ByteArray(_) => {
                    return crate::objects::bytes::bytes_contains(self, container, item);
                }
                _ => {}
            }
        }
        if self.is_user_value(container) {
            if let Some(f) = self.lookup_special(container, self.names.__contains__) {
                if f.is_none() {
                    // `__contains__ = None` opts out of membership tests.
                    let t = self.type_name(container);
                    return self.type_error(format!("'{}' object is not a container", t));
                }
                let r = self.call_bound(f, container, &[item])?;
                return self.truthy(r);
            }
            let base = self.unwrap_base(container);
            if !base.is(container) {
                return self.contains(base, item);
            }
        }
        // Fall back to iteration.
        let it = match self.get_iter(container) {
            Ok(it) => it,
            Err(e) if self.exc_matches(e, self.types.type_error) => {
                let t = self.type_name(container);
                return self.type_error(format!("argument of type '{}' is not iterable", t));
            }
            Err(e) => return Err(e),
        };
        self.roots.push(it);
        while let Some(x) = self.next(it)? {
            if self.eq(x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

fn ub_is_str(vm: &Vm, v: Value) -> bool {
    vm.as_str(v).is_some()
}

fn id_hash(i: u32) -> i64 {
    (i as i64).wrapping_mul(2654435761) >> 4
}

/// True if the big int is negative (used by callers formatting).
pub fn big_is_negative(b: &BigInt) -> bool {
    b.is_negative()
}

/// Arithmetic on two machine ints or floats without leaving the
/// interpreter loop; None when the general path is needed (overflow into
/// big ints, division by zero, other types).
#[inline(always)]
pub fn fast_binop(op: BinOp, a: Value, b: Value) -> Option<Value> {
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            // The commonest operations inline; the rest out of line.
            return match op {
                BinOp::Add => x.checked_add(y).map(Value::Int),
                BinOp::Sub => x.checked_sub(y).map(Value::Int),
                _ => crate::objects::int::small_binop(op, x, y).map(Value::Int),
            };
        }
        (Value::Float(x), Value::Float(y)) => (x, y),
        (Value::Float(x), Value::Int(y)) => (x, y as f64),
        (Value::Int(x), Value::Float(y)) => (x as f64, y),
        _ => return None,
    };
    match op {
        BinOp::Add => Some(Value::Float(x + y)),
        BinOp::Sub => Some(Value::Float(x - y)),
        BinOp::Mul => Some(Value::Float(x * y)),
        BinOp::TrueDiv if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

/// Ordering and equality of two machine ints or two floats.
#[inline(always)]
pub fn fast_compare(op: CmpOp, a: Value, b: Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            CmpOp::Lt => Some(x < y),
            CmpOp::Le => Some(x <= y),
            CmpOp::Gt => Some(x > y),
            CmpOp::Ge => Some(x >= y),
            CmpOp::Eq => Some(x == y),
            CmpOp::Ne => Some(x != y),
            _ => None,
        },
        (Value::Float(x), Value::Float(y)) => match op {
            CmpOp::Lt => Some(x < y),
            CmpOp::Le => Some(x <= y),
            CmpOp::Gt => Some(x > y),
            CmpOp::Ge => Some(x >= y),
            CmpOp::Eq => Some(x == y),
            CmpOp::Ne => Some(x != y),
            _ => None,
        },
        _ => None,
    }
}
