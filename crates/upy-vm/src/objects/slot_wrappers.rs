//! Dunder methods of the builtin types (`int.__add__`, `str.__len__`,
//! `list.__getitem__`, ...). The interpreter never calls these for builtin
//! values (it dispatches directly); they exist so that Python code can call
//! them explicitly (`(1).__add__(2)`, `super().__getitem__(i)`) and so that
//! subclasses of builtin types inherit them.

use crate::native::{Args, Native, NativeImpl};
use crate::obj::*;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;
use upy_compiler::code::{BinOp, CmpOp};

/// The binary operators: the opcode, then the signatures of the method
/// and of its reflection.
macro_rules! binops {
    ($(($op:expr, $n:literal, $rn:literal)),* $(,)?) => {
        [$(($op, concat!($n, "(self, value, /)"), concat!($rn, "(self, value, /)"))),*]
    };
}

const BINOPS: [(BinOp, &str, &str); 13] = binops![
    (BinOp::Add, "__add__", "__radd__"),
    (BinOp::Sub, "__sub__", "__rsub__"),
    (BinOp::Mul, "__mul__", "__rmul__"),
    (BinOp::MatMul, "__matmul__", "__rmatmul__"),
    (BinOp::TrueDiv, "__truediv__", "__rtruediv__"),
    (BinOp::FloorDiv, "__floordiv__", "__rfloordiv__"),
    (BinOp::Mod, "__mod__", "__rmod__"),
    (BinOp::Pow, "__pow__", "__rpow__"),
    (BinOp::LShift, "__lshift__", "__rlshift__"),
    (BinOp::RShift, "__rshift__", "__rrshift__"),
    (BinOp::And, "__and__", "__rand__"),
    (BinOp::Or, "__or__", "__ror__"),
    (BinOp::Xor, "__xor__", "__rxor__"),
];

/// `__pow__` and `__rpow__` take an optional modulus.
const POW: &str = "__pow__(self, value, mod=None, /)";
const RPOW: &str = "__rpow__(self, value, mod=None, /)";

const CMPOPS: [(CmpOp, &str); 6] = [
    (CmpOp::Lt, "__lt__(self, value, /)"),
    (CmpOp::Le, "__le__(self, value, /)"),
    (CmpOp::Eq, "__eq__(self, value, /)"),
    (CmpOp::Ne, "__ne__(self, value, /)"),
    (CmpOp::Gt, "__gt__(self, value, /)"),
    (CmpOp::Ge, "__ge__(self, value, /)"),
];

/// The wrapper's code (`Vm::new_native_data`) and its operands: `self`
/// and the arguments, the builtin values of subclass instances unwrapped.
fn split(vm: &Vm, a: &Args) -> (i64, Vec<Value>) {
    let code = match a.data() {
        Value::Int(c) => c,
        _ => 0,
    };
    let mut v = vec![vm.unwrap_base(a.this())];
    let mut i = 0;
    while let Some(x) = a.get(i) {
        v.push(vm.unwrap_base(x));
        i += 1;
    }
    (code, v)
}

/// `x.__iadd__(y)` and friends of list, bytearray, set and dict.
fn inplace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (code, a) = split(vm, args);
    let op = BINOPS[code as usize % 13].0;
    // On the builtin value itself (a subclass instance's base), so the
    // operator does not find this wrapper again; the result is `self`
    // when the operation happened in place.
    let r = vm.inplace_op(op, a[0], a[1])?;
    Ok(if r.is(a[0]) { args.this() } else { r })
}

/// `list.__reversed__()` / `dict.__reversed__()`.
fn reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, _) = split(vm, args);
    let key = vm.intern("reversed");
    match crate::objects::dict::dict_get_str(vm, vm.builtins, key) {
        Some(f) => vm.call(f, &[args.this()]),
        None => Ok(Value::None),
    }
}

fn binop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if let (Value::Int(14), Some(m)) = (args.data(), args.get(1)) {
        // Three-argument `__pow__(exp, mod)`.
        let f = vm
            .lookup_interned("pow")
            .and_then(|k| crate::objects::dict::dict_get_str(vm, vm.builtins, k));
        if let Some(f) = f {
            return vm.call(f, &[args.this(), args.arg(0), m]);
        }
    }
    let (code, a) = split(vm, args);
    let (op, reflected) = (BINOPS[(code / 2) as usize % 13].0, code % 2 == 1);
    let (x, y) = if reflected {
        (a[1], a[0])
    } else {
        (a[0], a[1])
    };
    let formatting = op == BinOp::Mod
        && !reflected
        && (vm.as_str(x).is_some() || crate::objects::bytes::try_buffer_bytes(vm, x).is_some());
    if (vm.is_user_value(x) || vm.is_user_value(y)) && !formatting {
        return Ok(Value::NotImplemented);
    }
    let y = if formatting { args.arg(0) } else { y };
    // Numbers answer NotImplemented for operands of a higher kind (so
    // `(3).__add__(1.5)` defers to float); sequences raise as the operator.
    let rank = |vm: &Vm, v: Value| -> u8 {
        match v {
            Value::Bool(_) | Value::Int(_) => 1,
            Value::Float(_) => 2,
            Value::Obj(g) => match vm.heap.get(g) {
                Obj::BigInt(_) => 1,
                Obj::Complex(..) => 3,
                _ => 0,
            },
            _ => 0,
        }
    };
    let this = if reflected { y } else { x };
    let other = if reflected { x } else { y };
    let (rt, ro) = (rank(vm, this), rank(vm, other));
    if rt > 0 && (ro == 0 || ro > rt) && !formatting {
        return Ok(Value::NotImplemented);
    }
    if rt == 0 && !formatting {
        let is_seq = matches!(this, Value::Obj(g) if matches!(vm.heap.get(g), Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::List(_) | Obj::Tuple(_)));
        if is_seq && !reflected {
            return vm.binary_op(op, x, y);
        }
    }
    match vm.builtin_binop(op, x, y) {
        Ok(Some(r)) => Ok(r),
        Ok(None) => Ok(Value::NotImplemented),
        Err(e) => Err(e),
    }
}

fn cmpop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (code, a) = split(vm, args);
    let op = CMPOPS[code as usize % 6].0;
    if vm.is_user_value(a[1]) {
        return Ok(Value::NotImplemented);
    }
    match vm.builtin_cmp(a[0], a[1], op)? {
        None => Ok(Value::NotImplemented),
        Some(_) => vm.compare(op, a[0], a[1]),
    }
}

macro_rules! unary {
    ($($fname:ident |$vm:ident, $x:ident| $body:expr;)*) => {
        $(fn $fname($vm: &mut Vm, args: &Args) -> PyResult<Value> {
            let (_, a) = split($vm, args);
            let $x = a[0];
            $body
        })*
    };
}

unary! {
    w_len |vm, x| Ok(Value::Int(vm.len_of(x)? as i64));
    w_iter |vm, x| vm.get_iter(x);
    w_hash |vm, x| Ok(Value::Int(vm.hash(x)?));
    w_bool |vm, x| Ok(Value::Bool(vm.truthy(x)?));
    w_neg |vm, x| vm.unary_op(upy_compiler::code::UnOp::Neg, x);
    w_pos |vm, x| vm.unary_op(upy_compiler::code::UnOp::Pos, x);
    w_invert |vm, x| vm.unary_op(upy_compiler::code::UnOp::Invert, x);
    w_abs |vm, x| {
        let f = vm.lookup_interned("abs").and_then(|k| crate::objects::dict::dict_get_str(vm, vm.builtins, k));
        match f { Some(f) => vm.call(f, &[x]), None => Ok(x) }
    };
    w_float |vm, x| Ok(Value::Float(crate::objects::float::to_f64(vm, x)?));
    w_int |vm, x| crate::objects::int::int_from_value(vm, x);
    w_repr |vm, x| vm.repr_of(x);
    w_str |vm, x| vm.str_of(x);
}

fn w_round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = split(vm, args);
    let f = vm
        .lookup_interned("round")
        .and_then(|k| crate::objects::dict::dict_get_str(vm, vm.builtins, k));
    match f {
        Some(f) => vm.call(f, &a),
        None => Ok(a[0]),
    }
}

fn w_floor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (code, a) = split(vm, args);
    match a[0] {
        Value::Float(f) => {
            crate::objects::int::float_to_int(vm, if code == 1 { f.ceil() } else { f.floor() })
        }
        x => crate::objects::int::int_from_value(vm, x),
    }
}

fn w_divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (code, a) = split(vm, args);
    let (x, y) = if code == 1 {
        (a[1], a[0])
    } else {
        (a[0], a[1])
    };
    let num =
        |vm: &Vm, v: Value| crate::objects::int::is_int(vm, v) || matches!(v, Value::Float(_));
    if !num(vm, x) || !num(vm, y) {
        return Ok(Value::NotImplemented);
    }
    let f = vm
        .lookup_interned("divmod")
        .and_then(|k| crate::objects::dict::dict_get_str(vm, vm.builtins, k));
    match f {
        Some(f) => vm.call(f, &[x, y]),
        None => Ok(Value::NotImplemented),
    }
}

fn w_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = split(vm, args);
    vm.get_item(a[0], args.arg(0))
}

fn w_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = split(vm, args);
    vm.set_item(a[0], args.arg(0), args.arg(1))?;
    Ok(Value::None)
}

fn w_delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = split(vm, args);
    vm.del_item(a[0], args.arg(0))?;
    Ok(Value::None)
}

fn w_contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = split(vm, args);
    Ok(Value::Bool(vm.contains(a[0], args.arg(0))?))
}

/// Add the wrapper declared by `sig` (its name is the attribute) with its
/// code as data.
fn add(vm: &mut Vm, t: Gc, sig: &'static str, f: NativeImpl, code: i64) -> PyResult<()> {
    add_native(vm, t, Native::slot(sig, f), code)
}

/// A dunder CPython declares as a plain method (`float.__round__`,
/// `list.__getitem__`), with a method's wording.
fn add_method(vm: &mut Vm, t: Gc, sig: &'static str, f: NativeImpl, code: i64) -> PyResult<()> {
    add_native(vm, t, Native::new(sig, f), code)
}

fn add_native(vm: &mut Vm, t: Gc, n: Native, code: i64) -> PyResult<()> {
    let v = vm.new_native_data(&n, Some(t), Value::Int(code))?;
    crate::types::add_attr(vm, t, crate::native::decl(&n).attr, v);
    Ok(())
}

/// Install the dunder methods on the builtin types.
pub fn init(vm: &mut Vm) -> PyResult<()> {
    let ty = vm.types.clone_basic();
    let numeric = [ty.int, ty.float, ty.complex];
    for &t in &numeric {
        for (i, (op, n, rn)) in BINOPS.iter().enumerate() {
            let int_only = matches!(
                op,
                BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor
            );
            if *op == BinOp::MatMul || (int_only && t != ty.int) {
                continue;
            }
            let (n, rn) = if *op == BinOp::Pow {
                (POW, RPOW)
            } else {
                (*n, *rn)
            };
            add(vm, t, n, binop, i as i64 * 2)?;
            add(vm, t, rn, binop, i as i64 * 2 + 1)?;
        }
        for (n, f) in [
            ("__neg__(self, /)", w_neg as NativeImpl),
            ("__pos__(self, /)", w_pos),
            ("__abs__(self, /)", w_abs),
            ("__bool__(self, /)", w_bool),
        ] {
            add(vm, t, n, f, 0)?;
        }
    }
    add(vm, ty.int, "__invert__(self, /)", w_invert, 0)?;
    for t in [ty.int, ty.float] {
        add_method(vm, t, "__round__(self, ndigits=None, /)", w_round, 0)?;
        add_method(vm, t, "__trunc__(self, /)", w_int, 0)?;
        add_method(vm, t, "__floor__(self, /)", w_floor, 0)?;
        add_method(vm, t, "__ceil__(self, /)", w_floor, 1)?;
        add(vm, t, "__divmod__(self, value, /)", w_divmod, 0)?;
        add(vm, t, "__rdivmod__(self, value, /)", w_divmod, 1)?;
        add(vm, t, "__float__(self, /)", w_float, 0)?;
    }
    add(vm, ty.float, "__int__(self, /)", w_int, 0)?;
    let (add_, mul, rmul) = (BINOPS[0].1, BINOPS[2].1, BINOPS[2].2);
    for t in [ty.str_, ty.bytes, ty.bytearray, ty.list, ty.tuple] {
        add(vm, t, add_, binop, 0)?;
        add(vm, t, mul, binop, 4)?;
        add(vm, t, rmul, binop, 5)?;
    }
    for t in [ty.str_, ty.bytes, ty.bytearray] {
        add(vm, t, BINOPS[6].1, binop, 12)?;
    }
    for t in [ty.set, ty.frozenset] {
        for i in [10, 11, 12, 1] {
            add(vm, t, BINOPS[i].1, binop, i as i64 * 2)?;
            add(vm, t, BINOPS[i].2, binop, i as i64 * 2 + 1)?;
        }
    }
    add(vm, ty.dict, BINOPS[11].1, binop, 22)?;
    add(vm, ty.dict, BINOPS[11].2, binop, 23)?;
    // In-place operators of the mutable builtins (code: index in BINOPS).
    for (t, ops) in [
        (
            ty.list,
            &[
                (0, "__iadd__(self, value, /)"),
                (2, "__imul__(self, value, /)"),
            ][..],
        ),
        (
            ty.bytearray,
            &[
                (0, "__iadd__(self, value, /)"),
                (2, "__imul__(self, value, /)"),
            ][..],
        ),
        (
            ty.set,
            &[
                (11, "__ior__(self, value, /)"),
                (10, "__iand__(self, value, /)"),
                (1, "__isub__(self, value, /)"),
                (12, "__ixor__(self, value, /)"),
            ][..],
        ),
        (ty.dict, &[(11, "__ior__(self, value, /)")][..]),
    ] {
        for &(i, sig) in ops {
            add(vm, t, sig, inplace, i)?;
        }
    }
    for t in [ty.list, ty.dict] {
        add_method(vm, t, "__reversed__(self, /)", reversed, 0)?;
    }
    let containers = [
        ty.str_,
        ty.bytes,
        ty.bytearray,
        ty.list,
        ty.tuple,
        ty.set,
        ty.frozenset,
        ty.range,
    ];
    for &t in &containers {
        add(vm, t, "__len__(self, /)", w_len, 0)?;
        add(vm, t, "__iter__(self, /)", w_iter, 0)?;
        if t == ty.set || t == ty.frozenset {
            add_method(vm, t, "__contains__(self, key, /)", w_contains, 0)?;
        } else {
            add(vm, t, "__contains__(self, key, /)", w_contains, 0)?;
        }
    }
    for t in [ty.str_, ty.bytes, ty.bytearray, ty.tuple, ty.range] {
        add(vm, t, "__getitem__(self, key, /)", w_getitem, 0)?;
    }
    add_method(vm, ty.list, "__getitem__(self, index, /)", w_getitem, 0)?;
    for t in [ty.list, ty.bytearray] {
        add(vm, t, "__setitem__(self, key, value, /)", w_setitem, 0)?;
        add(vm, t, "__delitem__(self, key, /)", w_delitem, 0)?;
    }
    let all = [
        ty.int,
        ty.float,
        ty.complex,
        ty.str_,
        ty.bytes,
        ty.bytearray,
        ty.list,
        ty.tuple,
        ty.set,
        ty.frozenset,
        ty.range,
        ty.dict,
    ];
    for &t in &all {
        for (i, (_, sig)) in CMPOPS.iter().enumerate() {
            add(vm, t, sig, cmpop, i as i64)?;
        }
        add(vm, t, "__repr__(self, /)", w_repr, 0)?;
    }
    for &t in &[
        ty.int,
        ty.float,
        ty.complex,
        ty.str_,
        ty.bytes,
        ty.tuple,
        ty.frozenset,
        ty.range,
    ] {
        add(vm, t, "__hash__(self, /)", w_hash, 0)?;
    }
    for t in [ty.list, ty.dict, ty.set, ty.bytearray] {
        crate::types::add_attr(vm, t, "__hash__", Value::None);
    }
    add(vm, ty.str_, "__str__(self, /)", w_str, 0)
}
