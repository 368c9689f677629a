//! `memoryview` over bytes and bytearray (format 'B'): indexing, slicing
//! into sub-views that share the memory, writes through bytearray views.

use crate::args;
use crate::obj::*;
use crate::objects::seq_ops::{index_value, is_slice, norm_index, slice_count, slice_indices};
use crate::types::{add_method, add_staticmethod};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// A view of `len` bytes of `obj` starting at `start`, every `step`.
pub struct MemView {
    pub obj: Value,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub readonly: bool,
    pub released: bool,
}

impl NativeObject for MemView {
    fn type_name(&self) -> &'static str {
        "memoryview"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.obj);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

fn view(vm: &Vm, v: Value) -> Option<&MemView> {
    match v {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Native(_, n) => n.as_any().downcast_ref::<MemView>(),
            _ => None,
        },
        _ => None,
    }
}

/// Underlying storage of the viewed object.
fn storage(vm: &Vm, obj: Value) -> &[u8] {
    match obj {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Bytes(b) => b,
            Obj::ByteArray(b) => b,
            _ => &[],
        },
        _ => &[],
    }
}

/// The bytes a memoryview shows, if `v` is one (for the buffer protocol).
pub fn view_bytes(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    let m = view(vm, v)?;
    let data = storage(vm, m.obj);
    let mut out = Vec::with_capacity(m.len);
    for k in 0..m.len {
        let p = m.start as isize + k as isize * m.step;
        out.push(data.get(p as usize).copied().unwrap_or(0));
    }
    Some(out)
}

fn this(vm: &mut Vm, v: Value) -> PyResult<(Value, usize, isize, usize, bool)> {
    match view(vm, v) {
        Some(m) if m.released => {
            vm.value_error("operation forbidden on released memoryview object")
        }
        Some(m) => Ok((m.obj, m.start, m.step, m.len, m.readonly)),
        None => vm.type_error("descriptor requires a 'memoryview' object"),
    }
}

fn new_view(
    vm: &mut Vm,
    obj: Value,
    start: usize,
    step: isize,
    len: usize,
    readonly: bool,
) -> PyResult<Value> {
    let t = vm.types.memoryview;
    vm.alloc_val(Obj::Native(
        t,
        Box::new(MemView {
            obj,
            start,
            step,
            len,
            readonly,
            released: false,
        }),
    ))
}

fn mv_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = args::bind(vm, "memoryview", &args[1..], kw, &["object"], 1)?;
    let obj = vm.unwrap_base(a[0].unwrap_or(Value::None));
    if let Some(m) = view(vm, obj) {
        let (o, s, st, l, ro) = (m.obj, m.start, m.step, m.len, m.readonly);
        return new_view(vm, o, s, st, l, ro);
    }
    let (len, readonly) = match obj {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Bytes(b) => (b.len(), true),
            Obj::ByteArray(b) => (b.len(), false),
            _ => (usize::MAX, true),
        },
        _ => (usize::MAX, true),
    };
    if len == usize::MAX {
        let t = vm.type_name(obj);
        return vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            t
        ));
    }
    new_view(vm, obj, 0, 1, len, readonly)
}

fn mv_getitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__getitem__", args, kw, 1, 1)?;
    let (obj, start, step, len, ro) = this(vm, args[0])?;
    if is_slice(vm, args[1]) {
        let (a, b, s) = slice_indices(vm, args[1], len)?;
        let n = slice_count(a, b, s);
        let new_start = if n == 0 {
            start
        } else {
            (start as isize + a as isize * step) as usize
        };
        return new_view(vm, obj, new_start, step * s as isize, n, ro);
    }
    let i = index_value(vm, args[1], "memoryview: invalid slice key")?;
    match norm_index(i, len) {
        Some(j) => {
            let p = (start as isize + j as isize * step) as usize;
            Ok(Value::Int(
                storage(vm, obj).get(p).copied().unwrap_or(0) as i64
            ))
        }
        None => vm.index_error("index out of bounds on dimension 1"),
    }
}

fn mv_setitem(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__setitem__", args, kw, 2, 2)?;
    let (obj, start, step, len, ro) = this(vm, args[0])?;
    if ro {
        return vm.type_error("cannot modify read-only memory");
    }
    let positions: Vec<usize>;
    let values: Vec<u8>;
    if is_slice(vm, args[1]) {
        let (a, b, s) = slice_indices(vm, args[1], len)?;
        let n = slice_count(a, b, s);
        let data = crate::objects::bytes::buffer_bytes(vm, args[2])?;
        if data.len() != n {
            return vm
                .value_error("memoryview assignment: lvalue and rvalue have different structures");
        }
        positions = (0..n)
            .map(|k| (start as isize + (a + k as i64 * s) as isize * step) as usize)
            .collect();
        values = data;
    } else {
        let i = index_value(vm, args[1], "memoryview: invalid slice key")?;
        let Some(j) = norm_index(i, len) else {
            return vm.index_error("index out of bounds on dimension 1");
        };
        let v = crate::objects::int::to_i64(vm, args[2])?;
        if !(0..256).contains(&v) {
            return vm.value_error("memoryview: invalid value for format 'B'");
        }
        positions = vec![(start as isize + j as isize * step) as usize];
        values = vec![v as u8];
    }
    if let Value::Obj(g) = obj {
        if let Obj::ByteArray(buf) = vm.heap.get_mut(g) {
            for (p, v) in positions.into_iter().zip(values) {
                if let Some(slot) = buf.get_mut(p) {
                    *slot = v;
                }
            }
        }
    }
    Ok(Value::None)
}

fn mv_len(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__len__", args, kw, 0, 0)?;
    let (_, _, _, len, _) = this(vm, args[0])?;
    Ok(Value::Int(len as i64))
}

fn mv_tobytes(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "tobytes", args, kw, 0, 1)?;
    this(vm, args[0])?;
    let b = view_bytes(vm, args[0]).unwrap_or_default();
    vm.new_bytes(b)
}

fn mv_tolist(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "tolist", args, kw, 0, 0)?;
    this(vm, args[0])?;
    let b = view_bytes(vm, args[0]).unwrap_or_default();
    vm.new_list(b.into_iter().map(|x| Value::Int(x as i64)).collect())
}

fn mv_hex(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "hex", args, kw, 0, 0)?;
    this(vm, args[0])?;
    let b = view_bytes(vm, args[0]).unwrap_or_default();
    let s: String = b.iter().map(|x| format!("{:02x}", x)).collect();
    vm.new_string(s)
}

fn mv_release(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "release", args, kw, 0, 3)?;
    if let Value::Obj(g) = args[0] {
        if let Obj::Native(_, n) = vm.heap.get_mut(g) {
            if let Some(m) = n.as_any_mut().downcast_mut::<MemView>() {
                m.released = true;
            }
        }
    }
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__enter__", args, kw, 0, 0)?;
    this(vm, args[0])?;
    Ok(args[0])
}

fn mv_iter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__iter__", args, kw, 0, 0)?;
    this(vm, args[0])?;
    let b = view_bytes(vm, args[0]).unwrap_or_default();
    let l = vm.new_bytes(b)?;
    vm.get_iter(l)
}

fn mv_eq(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__eq__", args, kw, 1, 1)?;
    let a = view_bytes(vm, args[0]).unwrap_or_default();
    match crate::objects::bytes::try_buffer_bytes(vm, args[1]) {
        Some(b) => Ok(Value::Bool(a == b)),
        None => Ok(Value::NotImplemented),
    }
}

/// Read-only attributes of a view.
pub fn mv_attr(vm: &mut Vm, g: Gc, name: &str) -> PyResult<Option<Value>> {
    let Some((obj, len, ro)) = (match vm.heap.get(g) {
        Obj::Native(_, n) => n
            .as_any()
            .downcast_ref::<MemView>()
            .map(|m| (m.obj, m.len, m.readonly)),
        _ => None,
    }) else {
        return Ok(None);
    };
    Ok(Some(match name {
        "readonly" => Value::Bool(ro),
        "nbytes" => Value::Int(len as i64),
        "itemsize" | "ndim" => Value::Int(1),
        "format" => vm.new_str("B")?,
        "shape" => vm.new_tuple(vec![Value::Int(len as i64)])?,
        "obj" => obj,
        _ => return Ok(None),
    }))
}

fn mv_delitem(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    vm.type_error("cannot delete memory")
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.memoryview;
    add_staticmethod(vm, t, "__new__", mv_new);
    for (n, f) in [
        ("__getitem__", mv_getitem as NativeFnPtr),
        ("__setitem__", mv_setitem),
        ("__delitem__", mv_delitem),
        ("__len__", mv_len),
        ("__iter__", mv_iter),
        ("__eq__", mv_eq),
        ("__enter__", mv_enter),
        ("__exit__", mv_release),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("release", mv_release),
    ] {
        add_method(vm, t, n, f);
    }
}
