//! Dunder methods of the builtin types (`int.__add__`, `str.__len__`,
//! `list.__getitem__`, ...). The interpreter never calls these for builtin
//! values (it dispatches directly); they exist so that Python code can call
//! them explicitly (`(1).__add__(2)`, `super().__getitem__(i)`) and so that
//! subclasses of builtin types inherit them.

use crate::obj::*;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use upy_compiler::code::{BinOp, CmpOp};

const BINOPS: [(BinOp, &str, &str); 13] = [
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

const CMPOPS: [(CmpOp, &str); 6] = [
    (CmpOp::Lt, "__lt__"),
    (CmpOp::Le, "__le__"),
    (CmpOp::Eq, "__eq__"),
    (CmpOp::Ne, "__ne__"),
    (CmpOp::Gt, "__gt__"),
    (CmpOp::Ge, "__ge__"),
];

/// The bound opcode and the method's own arguments.
fn split(vm: &mut Vm, args: &[Value], n: usize, name: &str) -> PyResult<(i64, Vec<Value>)> {
    let code = match args.first() {
        Some(Value::Int(c)) => *c,
        _ => 0,
    };
    if args.len() != n + 1 {
        let given = args.len().saturating_sub(2);
        return vm.type_error(format!(
            "expected {} argument{}, got {}",
            n - 1,
            if n == 2 { "" } else { "s" },
            given
        ));
    }
    let _ = name;
    Ok((code, args[1..].iter().map(|v| vm.unwrap_base(*v)).collect()))
}

/// `x.__iadd__(y)` and friends of list, bytearray, set and dict.
fn inplace(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (code, a) = split(vm, args, 2, "inplace")?;
    let op = BINOPS[code as usize % 13].0;
    // On the builtin value itself (a subclass instance's base), so the
    // operator does not find this wrapper again; the result is `self`
    // when the operation happened in place.
    let r = vm.inplace_op(op, a[0], a[1])?;
    Ok(if r.is(a[0]) { args[1] } else { r })
}

/// `list.__reversed__()` / `dict.__reversed__()`.
fn reversed(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (_, _) = split(vm, args, 1, "__reversed__")?;
    let key = vm.intern("reversed");
    match crate::objects::dict::dict_get_str(vm, vm.builtins, key) {
        Some(f) => vm.call(f, &[args[1]]),
        None => Ok(Value::None),
    }
}

fn binop(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() == 4 && matches!(args[0], Value::Int(14)) {
        // Three-argument `__pow__(exp, mod)`.
        let f = vm
            .lookup_interned("pow")
            .and_then(|k| crate::objects::dict::dict_get_str(vm, vm.builtins, k));
        if let Some(f) = f {
            return vm.call_kw(f, &args[1..], kw);
        }
    }
    let (code, a) = split(vm, args, 2, "binop")?;
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
    let y = if formatting { args[2] } else { y };
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

fn cmpop(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (code, a) = split(vm, args, 2, "cmp")?;
    let op = CMPOPS[code as usize % 6].0;
    if vm.is_user_value(a[1]) {
        return Ok(Value::NotImplemented);
    }
    match vm.builtin_cmp(a[0], a[1], matches!(op, CmpOp::Eq | CmpOp::Ne))? {
        None => Ok(Value::NotImplemented),
        Some(_) => vm.compare(op, a[0], a[1]),
    }
}

macro_rules! unary {
    ($($fname:ident $n:literal |$vm:ident, $x:ident| $body:expr;)*) => {
        $(fn $fname($vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
            let (_, a) = split($vm, args, 1, $n)?;
            let $x = a[0];
            $body
        })*
    };
}

unary! {
    w_len "__len__" |vm, x| Ok(Value::Int(vm.len_of(x)? as i64));
    w_iter "__iter__" |vm, x| vm.get_iter(x);
    w_hash "__hash__" |vm, x| Ok(Value::Int(vm.hash(x)?));
    w_bool "__bool__" |vm, x| Ok(Value::Bool(vm.truthy(x)?));
    w_neg "__neg__" |vm, x| vm.unary_op(upy_compiler::code::UnOp::Neg, x);
    w_pos "__pos__" |vm, x| vm.unary_op(upy_compiler::code::UnOp::Pos, x);
    w_invert "__invert__" |vm, x| vm.unary_op(upy_compiler::code::UnOp::Invert, x);
    w_abs "__abs__" |vm, x| {
        let f = vm.lookup_interned("abs").and_then(|k| crate::objects::dict::dict_get_str(vm, vm.builtins, k));
        match f { Some(f) => vm.call(f, &[x]), None => Ok(x) }
    };
    w_float "__float__" |vm, x| Ok(Value::Float(crate::objects::float::to_f64(vm, x)?));
    w_int "__int__" |vm, x| crate::objects::int::int_from_value(vm, x);
    w_repr "__repr__" |vm, x| vm.repr_of(x);
    w_str "__str__" |vm, x| vm.str_of(x);
}

fn w_round(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if args.len() < 2 {
        return vm.type_error("__round__ needs an argument");
    }
    let x = vm.unwrap_base(args[1]);
    let f = vm
        .lookup_interned("round")
        .and_then(|k| crate::objects::dict::dict_get_str(vm, vm.builtins, k));
    let mut a = vec![x];
    a.extend_from_slice(&args[2..]);
    match f {
        Some(f) => vm.call_kw(f, &a, kw),
        None => Ok(x),
    }
}

fn w_floor(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (code, a) = split(vm, args, 1, "__floor__")?;
    match a[0] {
        Value::Float(f) => {
            crate::objects::int::float_to_int(vm, if code == 1 { f.ceil() } else { f.floor() })
        }
        x => crate::objects::int::int_from_value(vm, x),
    }
}

fn w_divmod(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (code, a) = split(vm, args, 2, "__divmod__")?;
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

fn w_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (_, a) = split(vm, args, 2, "__getitem__")?;
    vm.get_item(a[0], args[2])
}

fn w_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (_, a) = split(vm, args, 3, "__setitem__")?;
    vm.set_item(a[0], args[2], args[3])?;
    Ok(Value::None)
}

fn w_delitem(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (_, a) = split(vm, args, 2, "__delitem__")?;
    vm.del_item(a[0], args[2])?;
    Ok(Value::None)
}

fn w_contains(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let (_, a) = split(vm, args, 2, "__contains__")?;
    Ok(Value::Bool(vm.contains(a[0], args[2])?))
}

fn add(vm: &mut Vm, t: crate::value::Gc, name: &'static str, f: NativeFnPtr, code: i64) {
    let Ok(v) = vm.alloc_val(Obj::NativeFn(Box::new(NativeFn {
        name,
        code: crate::obj::NativeCode::Raw(f),
        owner: None,
        bound: Some(Value::Int(code)),
        is_method: false,
    }))) else {
        return;
    };
    crate::types::add_attr(vm, t, name, v);
}

/// Install the dunder methods on the builtin types.
pub fn init(vm: &mut Vm) {
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
            add(vm, t, n, binop, i as i64 * 2);
            add(vm, t, rn, binop, i as i64 * 2 + 1);
        }
        for (n, f) in [
            ("__neg__", w_neg as NativeFnPtr),
            ("__pos__", w_pos),
            ("__abs__", w_abs),
            ("__bool__", w_bool),
        ] {
            add(vm, t, n, f, 0);
        }
    }
    add(vm, ty.int, "__invert__", w_invert, 0);
    for t in [ty.int, ty.float] {
        add(vm, t, "__round__", w_round, 0);
        add(vm, t, "__trunc__", w_int, 0);
        add(vm, t, "__floor__", w_floor, 0);
        add(vm, t, "__ceil__", w_floor, 1);
    }
    for t in [ty.int, ty.float] {
        add(vm, t, "__divmod__", w_divmod, 0);
        add(vm, t, "__rdivmod__", w_divmod, 1);
    }
    add(vm, ty.int, "__float__", w_float, 0);
    add(vm, ty.float, "__float__", w_float, 0);
    add(vm, ty.float, "__int__", w_int, 0);
    let seqs = [ty.str_, ty.bytes, ty.bytearray, ty.list, ty.tuple];
    for &t in &seqs {
        add(vm, t, "__add__", binop, 0);
        add(vm, t, "__mul__", binop, 4);
        add(vm, t, "__rmul__", binop, 5);
    }
    for t in [ty.str_, ty.bytes, ty.bytearray] {
        add(vm, t, "__mod__", binop, 12);
    }
    for t in [ty.set, ty.frozenset] {
        for (i, name, rname) in [
            (10, "__and__", "__rand__"),
            (11, "__or__", "__ror__"),
            (12, "__xor__", "__rxor__"),
            (1, "__sub__", "__rsub__"),
        ] {
            add(vm, t, name, binop, i * 2);
            add(vm, t, rname, binop, i * 2 + 1);
        }
    }
    add(vm, ty.dict, "__or__", binop, 22);
    add(vm, ty.dict, "__ror__", binop, 23);
    // In-place operators of the mutable builtins (code: index in BINOPS).
    for (t, ops) in [
        (ty.list, &[(0, "__iadd__"), (2, "__imul__")][..]),
        (ty.bytearray, &[(0, "__iadd__"), (2, "__imul__")][..]),
        (
            ty.set,
            &[
                (11, "__ior__"),
                (10, "__iand__"),
                (1, "__isub__"),
                (12, "__ixor__"),
            ][..],
        ),
        (ty.dict, &[(11, "__ior__")][..]),
    ] {
        for &(i, name) in ops {
            add(vm, t, name, inplace, i);
        }
    }
    for t in [ty.list, ty.dict] {
        add(vm, t, "__reversed__", reversed, 0);
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
        add(vm, t, "__len__", w_len, 0);
        add(vm, t, "__iter__", w_iter, 0);
        add(vm, t, "__contains__", w_contains, 0);
    }
    for t in [ty.str_, ty.bytes, ty.bytearray, ty.list, ty.tuple, ty.range] {
        add(vm, t, "__getitem__", w_getitem, 0);
    }
    for t in [ty.list, ty.bytearray] {
        add(vm, t, "__setitem__", w_setitem, 0);
        add(vm, t, "__delitem__", w_delitem, 0);
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
        for (i, (_, n)) in CMPOPS.iter().enumerate() {
            add(vm, t, n, cmpop, i as i64);
        }
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
        add(vm, t, "__hash__", w_hash, 0);
    }
    for t in [ty.list, ty.dict, ty.set, ty.bytearray] {
        crate::types::add_attr(vm, t, "__hash__", Value::None);
    }
    for &t in &all {
        add(vm, t, "__repr__", w_repr, 0);
    }
    add(vm, ty.str_, "__str__", w_str, 0);
}
