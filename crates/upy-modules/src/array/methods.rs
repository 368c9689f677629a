//! Methods of `array.array`: element access and slicing, mutation,
//! conversions, operators and comparisons.

use upy_compiler::code::CmpOp;
use upy_vm::native::{Args, Native, Style};
use upy_vm::objects::seq_ops::{is_slice, norm_index, slice_indices, slice_positions};
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::items::{self, itemsize};
use super::{new_array, parts, values, Array};
use crate::util::{self, native, native_mut};

fn this(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    util::this::<Array>(vm, a)
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

fn a_len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    Ok(Value::Int(len_of(vm, s) as i64))
}

fn a_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let idx = a.arg(0);
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

fn a_setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let (idx, v) = (a.arg(0), a.arg(1));
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

fn a_delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let idx = a.arg(0);
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

fn a_contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    Ok(Value::Bool(find(vm, s, a.arg(0), 0, usize::MAX)?.is_some()))
}

fn a_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let vals = values(vm, s)?;
    vm.roots.extend(vals.iter().copied());
    let mut n = 0;
    for v in vals {
        if vm.eq(v, a.arg(0))? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn a_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let len = len_of(vm, s) as i64;
    let mut bounds = [0i64, len];
    for (k, b) in bounds.iter_mut().enumerate() {
        if let Some(v) = a.get(1 + k) {
            let i = util::i64_arg(vm, v)?;
            *b = if i < 0 { (i + len).max(0) } else { i.min(len) };
        }
    }
    match find(vm, s, a.arg(0), bounds[0] as usize, bounds[1] as usize)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => vm.value_error("array.index(x): x not in array"),
    }
}

fn a_remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    match find(vm, s, a.arg(0), 0, usize::MAX)? {
        Some(i) => {
            let n = itemsize(typecode(vm, s));
            resize(vm, s)?;
            arr(vm, s).data.drain(i * n..(i + 1) * n);
            Ok(Value::None)
        }
        None => vm.value_error("array.remove(x): x not in array"),
    }
}

fn a_append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    append_values(vm, s, &[a.arg(0)])?;
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

fn a_extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    extend(vm, s, a.arg(0), false)?;
    Ok(Value::None)
}

fn a_insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let i = util::i64_arg(vm, a.arg(0))?;
    let tc = typecode(vm, s);
    let b = items::encode(vm, tc, a.arg(1))?;
    let len = len_of(vm, s) as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let n = b.len();
    resize(vm, s)?;
    arr(vm, s).data.splice(i * n..i * n, b);
    Ok(Value::None)
}

fn a_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let i = match a.get(0) {
        Some(v) => util::i64_arg(vm, v)?,
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

fn a_reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let x = arr(vm, s);
    let n = itemsize(x.typecode);
    let rev: Vec<u8> = x.data.chunks(n).rev().flatten().copied().collect();
    x.data = rev;
    Ok(Value::None)
}

fn a_byteswap(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let x = arr(vm, s);
    let n = itemsize(x.typecode);
    for chunk in x.data.chunks_mut(n) {
        chunk.reverse();
    }
    Ok(Value::None)
}

fn a_tobytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let d = arr(vm, s).data.clone();
    vm.new_bytes(d)
}

fn a_frombytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let b = upy_vm::objects::bytes::buffer_bytes(vm, a.arg(0))?;
    append_bytes(vm, s, &b)?;
    Ok(Value::None)
}

fn a_tolist(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let vals = values(vm, s)?;
    vm.new_list(vals)
}

fn a_fromlist(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    if !matches!(vm.base_kind(a.arg(0)), upy_vm::obj::BaseKind::List) {
        return vm.type_error("arg must be list");
    }
    let vals = upy_vm::objects::seq_ops::seq_items(vm, a.arg(0));
    let old = arr(vm, s).data.len();
    if let Err(e) = append_values(vm, s, &vals) {
        // All or nothing, as in CPython.
        arr(vm, s).data.truncate(old);
        return Err(e);
    }
    Ok(Value::None)
}

fn a_buffer_info(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let addr = upy_vm::format::address_of(s) as i64;
    let n = len_of(vm, s) as i64;
    vm.new_tuple(vec![Value::Int(addr), Value::Int(n)])
}

fn a_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    super::new_iter(vm, s)
}

fn a_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
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

fn a_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let (tc, d) = parts(vm, s)
        .map(|(t, d)| (t, d.to_vec()))
        .unwrap_or_default();
    let cls = vm.type_of(s);
    new_array(vm, cls, tc, d)
}

fn a_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let Some((tc, d)) = parts(vm, a.arg(0)).map(|(t, d)| (t, d.to_vec())) else {
        let t = vm.type_name(a.arg(0));
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

fn a_iadd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    extend(vm, s, a.arg(0), true)?;
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

fn a_mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let d = repeated(vm, s, a.arg(0))?;
    let (tc, cls) = (typecode(vm, s), vm.type_of(s));
    new_array(vm, cls, tc, d)
}

fn a_imul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let d = repeated(vm, s, a.arg(0))?;
    if d.len() != arr(vm, s).data.len() {
        resize(vm, s)?;
    }
    arr(vm, s).data = d;
    Ok(s)
}

/// Element-wise comparison (across typecodes), as lists compare.
fn compare(vm: &mut Vm, a: &Args, op: CmpOp) -> PyResult<Value> {
    let (x, y) = (a.this(), a.arg(0));
    if parts(vm, x).is_none() || parts(vm, y).is_none() {
        return Ok(Value::NotImplemented);
    }
    let a = values(vm, x)?;
    let la = vm.new_list(a)?;
    vm.roots.push(la);
    let b = values(vm, y)?;
    let lb = vm.new_list(b)?;
    vm.roots.push(lb);
    vm.compare(op, la, lb)
}

macro_rules! cmp_fns {
    ($($f:ident, $op:expr;)*) => {
        $(fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            compare(vm, a, $op)
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

fn p_typecode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let tc = typecode(vm, a.this()) as char;
    vm.new_string(tc.to_string())
}

fn p_itemsize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(itemsize(typecode(vm, a.this())) as i64))
}

pub(super) const PROPERTIES: &[Native] = &[
    Native::new("typecode(self, /)", p_typecode),
    Native::new("itemsize(self, /)", p_itemsize),
];

pub(super) const METHODS: &[Native] = &[
    Native::new("__len__(self, /)", a_len),
    Native::new("__getitem__(self, key, /)", a_getitem),
    Native::new("__setitem__(self, key, value, /)", a_setitem),
    Native::new("__delitem__(self, key, /)", a_delitem),
    Native::new("__contains__(self, key, /)", a_contains),
    Native::new("__iter__(self, /)", a_iter),
    Native::new("__repr__(self, /)", a_repr),
    Native::new("__copy__(self, /)", a_copy),
    Native::new("__add__(self, value, /)", a_add),
    Native::new("__iadd__(self, value, /)", a_iadd),
    Native::new("__mul__(self, value, /)", a_mul),
    Native::new("__rmul__(self, value, /)", a_mul),
    Native::new("__imul__(self, value, /)", a_imul),
    Native::new("__eq__(self, value, /)", a_eq),
    Native::new("__ne__(self, value, /)", a_ne),
    Native::new("__lt__(self, value, /)", a_lt),
    Native::new("__le__(self, value, /)", a_le),
    Native::new("__gt__(self, value, /)", a_gt),
    Native::new("__ge__(self, value, /)", a_ge),
    Native::new("count(self, v, /)", a_count),
    Native::new("index(self, v, start=0, stop=..., /)", a_index),
    Native::new("remove(self, v, /)", a_remove),
    Native::new("append(self, v, /)", a_append),
    // A clinic function with a defining class: parsed as if with keywords.
    util::worded(
        Native::new("extend(self, bb, /)", a_extend),
        Style::Keywords,
    ),
    Native::new("insert(self, i, v, /)", a_insert),
    Native::new("pop(self, i=-1, /)", a_pop),
    Native::new("reverse(self, /)", a_reverse),
    Native::new("byteswap(self, /)", a_byteswap),
    Native::new("tobytes(self, /)", a_tobytes),
    Native::new("frombytes(self, buffer, /)", a_frombytes),
    Native::new("tolist(self, /)", a_tolist),
    Native::new("fromlist(self, list, /)", a_fromlist),
    Native::new("buffer_info(self, /)", a_buffer_info),
];
