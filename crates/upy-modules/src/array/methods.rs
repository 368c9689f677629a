//! Methods of `array.array`: element access and slicing, mutation,
//! conversions, operators and comparisons.

use upy_compiler::code::CmpOp;
use upy_vm::obj::NativeFnPtr;
use upy_vm::objects::seq_ops::{is_slice, norm_index, slice_indices, slice_positions};
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::items::{self, itemsize};
use super::{new_array, parts, values, Array};
use crate::util::{self, native, native_mut, Kw};

const TNAME: &str = "array.array";

fn this(vm: &mut Vm, args: &[Value], method: &str) -> PyResult<Value> {
    util::check_self::<Array>(vm, args, TNAME, method)
}

fn arr(vm: &mut Vm, v: Value) -> &mut Array {
    native_mut::<Array>(vm, v).expect("checked array")
}

fn typecode(vm: &Vm, v: Value) -> u8 {
    native::<Array>(vm, v).map(|a| a.typecode).unwrap_or(b'b')
}

fn len_of(vm: &Vm, v: Value) -> usize {
    native::<Array>(vm, v).map(|a| a.len()).unwrap_or(0)
}

/// Before changing the size of array `a`: BufferError while a memoryview
/// of it is in use, as CPython.
fn resize(vm: &mut Vm, a: Value) -> PyResult<()> {
    match a.as_gc() {
        Some(g) => upy_vm::objects::memoryview::check_resize(
            vm,
            g,
            "cannot resize an array that is exporting buffers",
        ),
        None => Ok(()),
    }
}

/// Append raw bytes (a multiple of the item size).
pub(super) fn append_bytes(vm: &mut Vm, a: Value, b: &[u8]) -> PyResult<()> {
    let n = itemsize(typecode(vm, a));
    if !b.len().is_multiple_of(n) {
        return vm.value_error("bytes length not a multiple of item size");
    }
    if !b.is_empty() {
        resize(vm, a)?;
    }
    vm.reserve(b.len())?;
    arr(vm, a).data.extend_from_slice(b);
    Ok(())
}

/// Append values one by one (those before a bad one stay appended).
pub(super) fn append_values(vm: &mut Vm, a: Value, vals: &[Value]) -> PyResult<()> {
    let tc = typecode(vm, a);
    if !vals.is_empty() {
        resize(vm, a)?;
    }
    for &v in vals {
        let b = items::encode(vm, tc, v)?;
        vm.reserve(b.len())?;
        arr(vm, a).data.extend_from_slice(&b);
    }
    Ok(())
}

/// The element at `i` (already in range).
fn item(vm: &mut Vm, a: Value, i: usize) -> PyResult<Value> {
    let (tc, b) = {
        let x = arr(vm, a);
        let n = itemsize(x.typecode);
        (x.typecode, x.data[i * n..(i + 1) * n].to_vec())
    };
    items::decode(vm, tc, &b)
}

/// An element index operand, resolved; IndexError with `msg` if outside.
fn index_of(vm: &mut Vm, a: Value, idx: Value, msg: &str) -> PyResult<usize> {
    if !util::is_int(vm, idx) && vm.lookup_special(idx, vm.names.__index__).is_none() {
        return vm.type_error("array indices must be integers");
    }
    let i = util::i64_arg(vm, idx)?;
    match norm_index(i, len_of(vm, a)) {
        Some(j) => Ok(j),
        None => vm.index_error(msg),
    }
}

fn a_len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__len__", args, kw, 0, 0)?;
    let s = this(vm, args, "__len__")?;
    Ok(Value::Int(len_of(vm, s) as i64))
}

fn a_getitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__getitem__", args, kw, 1, 1)?;
    let s = this(vm, args, "__getitem__")?;
    let idx = args[1];
    if is_slice(vm, idx) {
        let (start, stop, step) = slice_indices(vm, idx, len_of(vm, s))?;
        let (tc, data) = {
            let x = arr(vm, s);
            (x.typecode, x.data.clone())
        };
        let n = itemsize(tc);
        let mut out = Vec::new();
        for p in slice_positions(start, stop, step) {
            out.extend_from_slice(&data[p * n..(p + 1) * n]);
        }
        let cls = vm.type_of(s);
        return new_array(vm, cls, tc, out);
    }
    let i = index_of(vm, s, idx, "array index out of range")?;
    item(vm, s, i)
}

fn a_setitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__setitem__", args, kw, 2, 2)?;
    let s = this(vm, args, "__setitem__")?;
    let (idx, v) = (args[1], args[2]);
    let tc = typecode(vm, s);
    let n = itemsize(tc);
    if is_slice(vm, idx) {
        let Some((vtc, vdata)) = parts(vm, v).map(|(t, d)| (t, d.to_vec())) else {
            let t = vm.type_name(v);
            return vm.type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                t
            ));
        };
        if vtc != tc {
            return vm.type_error("bad argument type for built-in operation");
        }
        let (start, stop, step) = slice_indices(vm, idx, len_of(vm, s))?;
        let positions: Vec<usize> = slice_positions(start, stop, step).collect();
        if step == 1 {
            let (a, b) = (start as usize * n, (stop.max(start)) as usize * n);
            if vdata.len() != b - a {
                resize(vm, s)?;
            }
            vm.reserve(vdata.len())?;
            arr(vm, s).data.splice(a..b, vdata);
            return Ok(Value::None);
        }
        let count = vdata.len() / n;
        if count != positions.len() {
            return vm.value_error(format!(
                "attempt to assign array of size {} to extended slice of size {}",
                count,
                positions.len()
            ));
        }
        let x = arr(vm, s);
        for (k, p) in positions.into_iter().enumerate() {
            x.data[p * n..(p + 1) * n].copy_from_slice(&vdata[k * n..(k + 1) * n]);
        }
        return Ok(Value::None);
    }
    let i = index_of(vm, s, idx, "array assignment index out of range")?;
    let b = items::encode(vm, tc, v)?;
    arr(vm, s).data[i * n..(i + 1) * n].copy_from_slice(&b);
    Ok(Value::None)
}

fn a_delitem(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__delitem__", args, kw, 1, 1)?;
    let s = this(vm, args, "__delitem__")?;
    let idx = args[1];
    let n = itemsize(typecode(vm, s));
    if is_slice(vm, idx) {
        let (start, stop, step) = slice_indices(vm, idx, len_of(vm, s))?;
        let mut positions: Vec<usize> = slice_positions(start, stop, step).collect();
        positions.sort_unstable();
        if !positions.is_empty() {
            resize(vm, s)?;
        }
        let x = arr(vm, s);
        let old = std::mem::take(&mut x.data);
        let mut drop = positions.into_iter().peekable();
        for (k, chunk) in old.chunks(n).enumerate() {
            if drop.peek() == Some(&k) {
                drop.next();
            } else {
                x.data.extend_from_slice(chunk);
            }
        }
        return Ok(Value::None);
    }
    let i = index_of(vm, s, idx, "array assignment index out of range")?;
    resize(vm, s)?;
    arr(vm, s).data.drain(i * n..(i + 1) * n);
    Ok(Value::None)
}

/// Index of the first element equal to `x` in `lo..hi`.
fn find(vm: &mut Vm, s: Value, x: Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let len = len_of(vm, s);
    for i in lo..hi.min(len) {
        if i >= len_of(vm, s) {
            break;
        }
        let v = item(vm, s, i)?;
        vm.roots.push(v);
        if vm.eq(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn a_contains(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__contains__", args, kw, 1, 1)?;
    let s = this(vm, args, "__contains__")?;
    Ok(Value::Bool(find(vm, s, args[1], 0, usize::MAX)?.is_some()))
}

fn a_count(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "count", args, kw, 1, 1)?;
    let s = this(vm, args, "count")?;
    let vals = values(vm, s)?;
    vm.roots.extend(vals.iter().copied());
    let mut n = 0;
    for v in vals {
        if vm.eq(v, args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn a_index(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "index", args, kw, 1, 3)?;
    let s = this(vm, args, "index")?;
    let len = len_of(vm, s) as i64;
    let mut bounds = [0i64, len];
    for (k, b) in bounds.iter_mut().enumerate() {
        if let Some(&v) = args.get(2 + k) {
            let i = util::i64_arg(vm, v)?;
            *b = if i < 0 { (i + len).max(0) } else { i.min(len) };
        }
    }
    match find(vm, s, args[1], bounds[0] as usize, bounds[1] as usize)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => vm.value_error("array.index(x): x not in array"),
    }
}

fn a_remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "remove", args, kw, 1, 1)?;
    let s = this(vm, args, "remove")?;
    match find(vm, s, args[1], 0, usize::MAX)? {
        Some(i) => {
            let n = itemsize(typecode(vm, s));
            resize(vm, s)?;
            arr(vm, s).data.drain(i * n..(i + 1) * n);
            Ok(Value::None)
        }
        None => vm.value_error("array.remove(x): x not in array"),
    }
}

fn a_append(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "append", args, kw, 1, 1)?;
    let s = this(vm, args, "append")?;
    append_values(vm, s, &args[1..2])?;
    Ok(Value::None)
}

/// `a.extend(x)` / `a += x` (`inplace` selects the operator's message).
fn extend(vm: &mut Vm, s: Value, other: Value, inplace: bool) -> PyResult<()> {
    if let Some((tc, data)) = parts(vm, other).map(|(t, d)| (t, d.to_vec())) {
        if tc != typecode(vm, s) {
            let msg = if inplace {
                "bad argument type for built-in operation"
            } else {
                "can only extend with array of same kind"
            };
            return vm.type_error(msg);
        }
        return append_bytes(vm, s, &data);
    }
    if inplace {
        let t = vm.type_name(other);
        return vm.type_error(format!("can only extend array with array (not \"{}\")", t));
    }
    let vals = vm.collect_iterable(other)?;
    vm.roots.extend(vals.iter().copied());
    append_values(vm, s, &vals)
}

fn a_extend(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "extend", args, kw, 1, 1)?;
    let s = this(vm, args, "extend")?;
    extend(vm, s, args[1], false)?;
    Ok(Value::None)
}

fn a_insert(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "insert", args, kw, 2, 2)?;
    let s = this(vm, args, "insert")?;
    let i = util::i64_arg(vm, args[1])?;
    let tc = typecode(vm, s);
    let b = items::encode(vm, tc, args[2])?;
    let len = len_of(vm, s) as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let n = b.len();
    resize(vm, s)?;
    arr(vm, s).data.splice(i * n..i * n, b);
    Ok(Value::None)
}

fn a_pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "pop", args, kw, 0, 1)?;
    let s = this(vm, args, "pop")?;
    let i = match args.get(1) {
        Some(&v) => util::i64_arg(vm, v)?,
        None => -1,
    };
    let len = len_of(vm, s);
    if len == 0 {
        return vm.index_error("pop from empty array");
    }
    let Some(j) = norm_index(i, len) else {
        return vm.index_error("pop index out of range");
    };
    let v = item(vm, s, j)?;
    let n = itemsize(typecode(vm, s));
    resize(vm, s)?;
    arr(vm, s).data.drain(j * n..(j + 1) * n);
    Ok(v)
}

fn a_reverse(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "reverse", args, kw, 0, 0)?;
    let s = this(vm, args, "reverse")?;
    let x = arr(vm, s);
    let n = itemsize(x.typecode);
    let rev: Vec<u8> = x.data.chunks(n).rev().flatten().copied().collect();
    x.data = rev;
    Ok(Value::None)
}

fn a_byteswap(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "byteswap", args, kw, 0, 0)?;
    let s = this(vm, args, "byteswap")?;
    let x = arr(vm, s);
    let n = itemsize(x.typecode);
    for chunk in x.data.chunks_mut(n) {
        chunk.reverse();
    }
    Ok(Value::None)
}

fn a_tobytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "tobytes", args, kw, 0, 0)?;
    let s = this(vm, args, "tobytes")?;
    let d = arr(vm, s).data.clone();
    vm.new_bytes(d)
}

fn a_frombytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "frombytes", args, kw, 1, 1)?;
    let s = this(vm, args, "frombytes")?;
    let b = upy_vm::objects::bytes::buffer_bytes(vm, args[1])?;
    append_bytes(vm, s, &b)?;
    Ok(Value::None)
}

fn a_tolist(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "tolist", args, kw, 0, 0)?;
    let s = this(vm, args, "tolist")?;
    let vals = values(vm, s)?;
    vm.new_list(vals)
}

fn a_fromlist(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "fromlist", args, kw, 1, 1)?;
    let s = this(vm, args, "fromlist")?;
    if !matches!(vm.base_kind(args[1]), upy_vm::obj::BaseKind::List) {
        return vm.type_error("arg must be list");
    }
    let vals = upy_vm::objects::seq_ops::seq_items(vm, args[1]);
    let old = arr(vm, s).data.len();
    if let Err(e) = append_values(vm, s, &vals) {
        // All or nothing, as in CPython.
        arr(vm, s).data.truncate(old);
        return Err(e);
    }
    Ok(Value::None)
}

fn a_buffer_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "buffer_info", args, kw, 0, 0)?;
    let s = this(vm, args, "buffer_info")?;
    let addr = upy_vm::format::address_of(s) as i64;
    let n = len_of(vm, s) as i64;
    vm.new_tuple(vec![Value::Int(addr), Value::Int(n)])
}

fn a_iter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__iter__", args, kw, 0, 0)?;
    let s = this(vm, args, "__iter__")?;
    super::new_iter(vm, s)
}

fn a_repr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__repr__", args, kw, 0, 0)?;
    let s = this(vm, args, "__repr__")?;
    let tc = typecode(vm, s) as char;
    let name = vm.type_name(s);
    if len_of(vm, s) == 0 {
        return vm.new_string(format!("{}('{}')", name, tc));
    }
    let vals = values(vm, s)?;
    let l = vm.new_list(vals)?;
    let r = vm.repr_string(l)?;
    vm.new_string(format!("{}('{}', {})", name, tc, r))
}

fn a_copy(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__copy__", args, kw, 0, 0)?;
    let s = this(vm, args, "__copy__")?;
    let (tc, d) = parts(vm, s)
        .map(|(t, d)| (t, d.to_vec()))
        .unwrap_or_default();
    let cls = vm.type_of(s);
    new_array(vm, cls, tc, d)
}

fn a_add(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__add__", args, kw, 1, 1)?;
    let s = this(vm, args, "__add__")?;
    let Some((tc, d)) = parts(vm, args[1]).map(|(t, d)| (t, d.to_vec())) else {
        let t = vm.type_name(args[1]);
        return vm.type_error(format!("can only append array (not \"{}\") to array", t));
    };
    if tc != typecode(vm, s) {
        return vm.type_error("bad argument type for built-in operation");
    }
    let mut data = arr(vm, s).data.clone();
    data.extend_from_slice(&d);
    let cls = vm.type_of(s);
    new_array(vm, cls, tc, data)
}

fn a_iadd(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__iadd__", args, kw, 1, 1)?;
    let s = this(vm, args, "__iadd__")?;
    extend(vm, s, args[1], true)?;
    Ok(s)
}

/// The bytes of `s` repeated `n` times.
fn repeated(vm: &mut Vm, s: Value, n: Value) -> PyResult<Vec<u8>> {
    if !util::is_int(vm, n) {
        let t = vm.type_name(n);
        return vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            t
        ));
    }
    let k = util::i64_arg(vm, n)?.max(0) as usize;
    let d = arr(vm, s).data.clone();
    vm.check_alloc(d.len().saturating_mul(k))?;
    Ok(d.repeat(k))
}

fn a_mul(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__mul__", args, kw, 1, 1)?;
    let s = this(vm, args, "__mul__")?;
    let d = repeated(vm, s, args[1])?;
    let (tc, cls) = (typecode(vm, s), vm.type_of(s));
    new_array(vm, cls, tc, d)
}

fn a_imul(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "__imul__", args, kw, 1, 1)?;
    let s = this(vm, args, "__imul__")?;
    let d = repeated(vm, s, args[1])?;
    if d.len() != arr(vm, s).data.len() {
        resize(vm, s)?;
    }
    arr(vm, s).data = d;
    Ok(s)
}

/// Element-wise comparison (across typecodes), as lists compare.
fn compare(vm: &mut Vm, args: &[Value], op: CmpOp) -> PyResult<Value> {
    if args.len() != 2 || parts(vm, args[0]).is_none() || parts(vm, args[1]).is_none() {
        return Ok(Value::NotImplemented);
    }
    let a = values(vm, args[0])?;
    let la = vm.new_list(a)?;
    vm.roots.push(la);
    let b = values(vm, args[1])?;
    let lb = vm.new_list(b)?;
    vm.roots.push(lb);
    vm.compare(op, la, lb)
}

macro_rules! cmp_fns {
    ($($f:ident, $op:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
            compare(vm, args, $op)
        })*
    };
}

cmp_fns!(
    a_eq, CmpOp::Eq;
    a_ne, CmpOp::Ne;
    a_lt, CmpOp::Lt;
    a_le, CmpOp::Le;
    a_gt, CmpOp::Gt;
    a_ge, CmpOp::Ge;
);

fn p_typecode(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "typecode")?;
    let tc = typecode(vm, s) as char;
    vm.new_string(tc.to_string())
}

fn p_itemsize(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = this(vm, args, "itemsize")?;
    Ok(Value::Int(itemsize(typecode(vm, s)) as i64))
}

pub(super) const PROPERTIES: &[(&str, NativeFnPtr)] =
    &[("typecode", p_typecode), ("itemsize", p_itemsize)];

pub(super) const METHODS: &[(&str, NativeFnPtr)] = &[
    ("__len__", a_len),
    ("__getitem__", a_getitem),
    ("__setitem__", a_setitem),
    ("__delitem__", a_delitem),
    ("__contains__", a_contains),
    ("__iter__", a_iter),
    ("__repr__", a_repr),
    ("__copy__", a_copy),
    ("__add__", a_add),
    ("__iadd__", a_iadd),
    ("__mul__", a_mul),
    ("__rmul__", a_mul),
    ("__imul__", a_imul),
    ("__eq__", a_eq),
    ("__ne__", a_ne),
    ("__lt__", a_lt),
    ("__le__", a_le),
    ("__gt__", a_gt),
    ("__ge__", a_ge),
    ("count", a_count),
    ("index", a_index),
    ("remove", a_remove),
    ("append", a_append),
    ("extend", a_extend),
    ("insert", a_insert),
    ("pop", a_pop),
    ("reverse", a_reverse),
    ("byteswap", a_byteswap),
    ("tobytes", a_tobytes),
    ("frombytes", a_frombytes),
    ("tolist", a_tolist),
    ("fromlist", a_fromlist),
    ("buffer_info", a_buffer_info),
];
