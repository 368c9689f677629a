//! `memoryview` over any buffer object: bytes, bytearray and native
//! buffers such as `array.array`. A view has an item format (the struct
//! character of the exporter, or the one given to `cast`), indexes and
//! slices by item into sub-views that share the memory, and writes
//! through to writable exporters.

use crate::native::{Args, Native};
use crate::obj::*;
use crate::objects::seq_ops::{index_value, is_slice, norm_index, slice_count, slice_indices};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// A view of `len` items of `itemsize` bytes of `obj`, the first at byte
/// `start`, every `step` items.
pub struct MemView {
    pub obj: Value,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub format: char,
    pub itemsize: usize,
    pub readonly: bool,
    pub released: bool,
}

impl MemView {
    /// Byte offset of item `k`.
    fn offset(&self, k: usize) -> usize {
        (self.start as isize + k as isize * self.step * self.itemsize as isize) as usize
    }
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

/// Size in bytes of an item of a struct format character.
fn format_size(f: char) -> Option<usize> {
    Some(match f {
        'b' | 'B' | 'c' | '?' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' | 'q' | 'Q' | 'd' | 'n' | 'N' | 'P' => 8,
        _ => return None,
    })
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
            Obj::Native(_, n) => n.buffer().unwrap_or(&[]),
            _ => &[],
        },
        _ => &[],
    }
}

fn storage_mut(vm: &mut Vm, obj: Value) -> Option<&mut [u8]> {
    match obj {
        Value::Obj(g) => match vm.heap.get_mut(g) {
            Obj::ByteArray(b) => Some(b),
            Obj::Native(_, n) => n.buffer_mut(),
            _ => None,
        },
        _ => None,
    }
}

/// The bytes a memoryview shows, if `v` is one (for the buffer protocol).
pub fn view_bytes(vm: &Vm, v: Value) -> Option<Vec<u8>> {
    let m = view(vm, v)?;
    let data = storage(vm, m.obj);
    let mut out = Vec::with_capacity(m.len * m.itemsize);
    for k in 0..m.len {
        let p = m.offset(k);
        match data.get(p..p + m.itemsize) {
            Some(b) => out.extend_from_slice(b),
            None => out.extend(std::iter::repeat_n(0, m.itemsize)),
        }
    }
    Some(out)
}

/// Write `data` into the writable buffer `target` (bytearray, writable
/// memoryview or native buffer) at byte `offset`; TypeError when it is
/// not writable, ValueError when it does not fit.
pub fn write_buffer(vm: &mut Vm, target: Value, offset: usize, data: &[u8]) -> PyResult<()> {
    let target = vm.unwrap_base(target);
    if let Some(m) = view(vm, target) {
        if m.released {
            return vm.value_error("operation forbidden on released memoryview object");
        }
        if m.readonly {
            return vm.type_error("cannot modify read-only memory");
        }
        let nbytes = m.len * m.itemsize;
        if offset + data.len() > nbytes {
            return vm.value_error("buffer too small");
        }
        let (obj, contiguous, start) = (m.obj, m.step == 1, m.start);
        let positions: Vec<usize> = if contiguous {
            Vec::new()
        } else {
            let (isz, st) = (m.itemsize, m.step);
            (0..data.len())
                .map(|b| {
                    let k = (offset + b) / isz;
                    (start as isize + k as isize * st * isz as isize) as usize + (offset + b) % isz
                })
                .collect()
        };
        let Some(buf) = storage_mut(vm, obj) else {
            return vm.type_error("cannot modify read-only memory");
        };
        if contiguous {
            if let Some(dst) = buf.get_mut(start + offset..start + offset + data.len()) {
                dst.copy_from_slice(data);
            }
        } else {
            for (p, b) in positions.into_iter().zip(data) {
                if let Some(slot) = buf.get_mut(p) {
                    *slot = *b;
                }
            }
        }
        return Ok(());
    }
    let writable = matches!(target, Value::Obj(g) if match vm.heap.get(g) {
        Obj::ByteArray(_) => true,
        Obj::Native(_, n) => n.buffer().is_some() && n.type_name() != "memoryview",
        _ => false,
    });
    if !writable {
        let t = vm.type_name(target);
        return vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            t
        ));
    }
    match storage_mut(vm, target) {
        Some(buf) if offset + data.len() <= buf.len() => {
            buf[offset..offset + data.len()].copy_from_slice(data);
            Ok(())
        }
        Some(_) => vm.value_error("buffer too small"),
        None => vm.type_error("argument must be read-write bytes-like object"),
    }
}

/// Length in bytes of a writable buffer object (bytearray, writable
/// memoryview, array), or None when `v` is not one.
pub fn writable_len(vm: &mut Vm, v: Value) -> Option<usize> {
    let v = vm.unwrap_base(v);
    if let Some(m) = view(vm, v) {
        return (!m.readonly && !m.released).then_some(m.len * m.itemsize);
    }
    match v {
        Value::Obj(g) => match vm.heap.get_mut(g) {
            Obj::ByteArray(b) => Some(b.len()),
            Obj::Native(_, n) => n.buffer_mut().map(|b| b.len()),
            _ => None,
        },
        _ => None,
    }
}

/// Length in bytes of a buffer object (for `readinto` and friends).
pub fn buffer_len(vm: &Vm, v: Value) -> Option<usize> {
    let v = vm.unwrap_base(v);
    if let Some(m) = view(vm, v) {
        return Some(m.len * m.itemsize);
    }
    match v {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Bytes(b) => Some(b.len()),
            Obj::ByteArray(b) => Some(b.len()),
            Obj::Native(_, n) => n.buffer().map(|b| b.len()),
            _ => None,
        },
        _ => None,
    }
}

struct ViewInfo {
    obj: Value,
    start: usize,
    step: isize,
    len: usize,
    format: char,
    itemsize: usize,
    readonly: bool,
}

/// The view `v` (a memoryview), unless it was released.
fn live(vm: &mut Vm, v: Value) -> PyResult<ViewInfo> {
    match view(vm, v) {
        Some(m) if m.released => {
            vm.value_error("operation forbidden on released memoryview object")
        }
        Some(m) => Ok(ViewInfo {
            obj: m.obj,
            start: m.start,
            step: m.step,
            len: m.len,
            format: m.format,
            itemsize: m.itemsize,
            readonly: m.readonly,
        }),
        None => {
            let t = vm.type_name(v);
            vm.type_error(format!("expected a memoryview, not '{}'", t))
        }
    }
}

/// BufferError (with the exporter's `msg`) if a memoryview of `target`
/// is in use: as CPython, an object whose memory is exported may not be
/// resized, or writes through the view would be lost. A view nobody holds
/// any more may not have been collected yet, so a collection settles it
/// before the resize is refused.
pub fn check_resize(vm: &mut Vm, target: Gc, msg: &str) -> PyResult<()> {
    let exported = |vm: &Vm| {
        vm.heap.views.iter().any(|&v| {
            view(vm, Value::Obj(v)).is_some_and(|m| !m.released && m.obj.is(Value::Obj(target)))
        })
    };
    if !exported(vm) {
        return Ok(());
    }
    if vm.heap.may_collect() {
        vm.collect_emergency(Vec::new());
        if !exported(vm) {
            return Ok(());
        }
    }
    let t = vm.types.buffer_error;
    vm.err(t, msg)
}

fn new_view(vm: &mut Vm, i: ViewInfo) -> PyResult<Value> {
    let v = alloc_view(vm, i)?;
    if let Value::Obj(g) = v {
        vm.heap.views.push(g);
    }
    Ok(v)
}

fn alloc_view(vm: &mut Vm, i: ViewInfo) -> PyResult<Value> {
    let t = vm.types.memoryview;
    vm.alloc_val(Obj::Native(
        t,
        Box::new(MemView {
            obj: i.obj,
            start: i.start,
            step: i.step,
            len: i.len,
            format: i.format,
            itemsize: i.itemsize,
            readonly: i.readonly,
            released: false,
        }),
    ))
}

fn mv_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = vm.unwrap_base(a.arg(0));
    if view(vm, obj).is_some() {
        let i = live(vm, obj)?;
        return new_view(vm, i);
    }
    let info = match obj {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Bytes(b) => Some((b.len(), 'B', true)),
            Obj::ByteArray(b) => Some((b.len(), 'B', false)),
            Obj::Native(_, n) => n.buffer().map(|b| (b.len(), n.buffer_format(), false)),
            _ => None,
        },
        _ => None,
    };
    let Some((nbytes, format, readonly)) = info else {
        let t = vm.type_name(obj);
        return vm.type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            t
        ));
    };
    let itemsize = format_size(format).unwrap_or(1);
    new_view(
        vm,
        ViewInfo {
            obj,
            start: 0,
            step: 1,
            len: nbytes / itemsize,
            format,
            itemsize,
            readonly,
        },
    )
}

/// The value of one item stored in `b` with struct format `f`.
fn decode(vm: &mut Vm, f: char, b: &[u8]) -> PyResult<Value> {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(w);
    let n = b.len() as u32;
    let signed = || {
        let shift = 64 - 8 * n;
        ((u << shift) as i64) >> shift
    };
    Ok(match f {
        'b' | 'h' | 'i' | 'l' | 'q' | 'n' => Value::Int(signed()),
        'f' => Value::Float(f32::from_le_bytes([w[0], w[1], w[2], w[3]]) as f64),
        'd' => Value::Float(f64::from_le_bytes(w)),
        '?' => Value::Bool(u != 0),
        'c' => vm.new_bytes(vec![w[0]])?,
        _ => {
            if u > i64::MAX as u64 {
                vm.new_bigint(num_bigint::BigInt::from(u))?
            } else {
                Value::Int(u as i64)
            }
        }
    })
}

/// The bytes of `v` stored as one item of format `f` (`size` bytes).
fn encode(vm: &mut Vm, f: char, size: usize, v: Value) -> PyResult<Vec<u8>> {
    let bad = |vm: &mut Vm| -> PyResult<Vec<u8>> {
        vm.value_error(format!("memoryview: invalid value for format '{}'", f))
    };
    match f {
        'f' | 'd' => {
            let x = match v {
                Value::Float(x) => x,
                Value::Int(i) => i as f64,
                _ => return vm.type_error(format!("memoryview: invalid type for format '{}'", f)),
            };
            Ok(if f == 'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            })
        }
        'c' => match crate::objects::bytes::try_buffer_bytes(vm, v) {
            Some(b) if b.len() == 1 => Ok(b),
            _ => bad(vm),
        },
        '?' => {
            let t = vm.truthy(v)?;
            Ok(vec![t as u8])
        }
        _ => {
            if !crate::objects::int::is_int(vm, v) || matches!(v, Value::Bool(_)) {
                return vm.type_error(format!("memoryview: invalid type for format '{}'", f));
            }
            let Ok(x) = crate::objects::int::to_i64(vm, v) else {
                // Beyond 64 bits: only the unsigned 8-byte formats might
                // fit, and nothing does past u64.
                return bad(vm);
            };
            let bits = 8 * size as u32;
            let unsigned = f.is_ascii_uppercase();
            let ok = if unsigned {
                x >= 0 && (bits == 64 || (x as u64) < (1u64 << bits))
            } else {
                bits == 64 || (x >= -(1i64 << (bits - 1)) && x < (1i64 << (bits - 1)))
            };
            if !ok {
                return bad(vm);
            }
            Ok(x.to_le_bytes()[..size].to_vec())
        }
    }
}

fn item(vm: &mut Vm, m: &ViewInfo, k: usize) -> PyResult<Value> {
    let p = (m.start as isize + k as isize * m.step * m.itemsize as isize) as usize;
    let b: Vec<u8> = storage(vm, m.obj)
        .get(p..p + m.itemsize)
        .map(|s| s.to_vec())
        .unwrap_or_else(|| vec![0; m.itemsize]);
    decode(vm, m.format, &b)
}

fn items(vm: &mut Vm, m: &ViewInfo) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(m.len);
    for k in 0..m.len {
        let v = item(vm, m, k)?;
        vm.roots.push(v);
        out.push(v);
    }
    Ok(out)
}

fn mv_getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = live(vm, args.this())?;
    let key = args.arg(0);
    if is_slice(vm, key) {
        let (a, b, s) = slice_indices(vm, key, m.len)?;
        let n = slice_count(a, b, s);
        let start = if n == 0 {
            m.start
        } else {
            (m.start as isize + a as isize * m.step * m.itemsize as isize) as usize
        };
        return new_view(
            vm,
            ViewInfo {
                start,
                step: m.step * s as isize,
                len: n,
                ..m
            },
        );
    }
    let i = index_value(vm, key, "memoryview: invalid slice key")?;
    match norm_index(i, m.len) {
        Some(j) => item(vm, &m, j),
        None => vm.index_error("index out of bounds on dimension 1"),
    }
}

fn mv_setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = live(vm, args.this())?;
    let (key, value) = (args.arg(0), args.arg(1));
    if m.readonly {
        return vm.type_error("cannot modify read-only memory");
    }
    let mut writes: Vec<(usize, Vec<u8>)> = Vec::new();
    let pos = |k: i64| (m.start as isize + k as isize * m.step * m.itemsize as isize) as usize;
    if is_slice(vm, key) {
        let (a, b, s) = slice_indices(vm, key, m.len)?;
        let n = slice_count(a, b, s);
        let src_format = view(vm, value).map(|v| v.format).unwrap_or('B');
        let data = crate::objects::bytes::buffer_bytes(vm, value)?;
        if src_format != m.format || data.len() != n * m.itemsize {
            return vm
                .value_error("memoryview assignment: lvalue and rvalue have different structures");
        }
        for k in 0..n {
            let chunk = data[k * m.itemsize..(k + 1) * m.itemsize].to_vec();
            writes.push((pos(a + k as i64 * s), chunk));
        }
    } else {
        let i = index_value(vm, key, "memoryview: invalid slice key")?;
        let Some(j) = norm_index(i, m.len) else {
            return vm.index_error("index out of bounds on dimension 1");
        };
        let bytes = encode(vm, m.format, m.itemsize, value)?;
        writes.push((pos(j as i64), bytes));
    }
    if let Some(buf) = storage_mut(vm, m.obj) {
        for (p, bytes) in writes {
            if let Some(dst) = buf.get_mut(p..p + bytes.len()) {
                dst.copy_from_slice(&bytes);
            }
        }
    }
    Ok(Value::None)
}

fn mv_len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = live(vm, a.this())?;
    Ok(Value::Int(m.len as i64))
}

fn mv_tobytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    live(vm, a.this())?;
    let b = view_bytes(vm, a.this()).unwrap_or_default();
    vm.new_bytes(b)
}

fn mv_tolist(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = live(vm, a.this())?;
    let v = items(vm, &m)?;
    vm.new_list(v)
}

fn mv_hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    live(vm, a.this())?;
    let b = view_bytes(vm, a.this()).unwrap_or_default();
    crate::objects::bytes::hex_with_sep(vm, &b, a.get(0), a.get(1))
}

fn mv_cast(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = live(vm, a.this())?;
    let Some(f) = vm.as_str(a.arg(0)).map(|s| s.to_string()) else {
        return vm.type_error("memoryview.cast(): argument 'format' must be str");
    };
    if a.get(1).is_some() {
        return vm.type_error("memoryview: cast with a shape is not supported");
    }
    let fc = f.strip_prefix('@').unwrap_or(&f);
    let size = match (fc.len(), fc.chars().next().and_then(format_size)) {
        (1, Some(s)) => s,
        _ => {
            return vm.value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            )
        }
    };
    if m.format != 'B' && m.format != 'b' && m.format != 'c' && size != 1 {
        return vm.type_error("memoryview: cannot cast between two non-byte formats");
    }
    if m.step != 1 {
        return vm.type_error("memoryview: casts are restricted to C-contiguous views");
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % size != 0 {
        return vm.type_error("memoryview: length is not a multiple of itemsize");
    }
    new_view(
        vm,
        ViewInfo {
            len: nbytes / size,
            format: fc.chars().next().unwrap_or('B'),
            itemsize: size,
            ..m
        },
    )
}

/// `release()`, and `__exit__(*args)`.
fn mv_release(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Value::Obj(g) = a.this() {
        if let Obj::Native(_, n) = vm.heap.get_mut(g) {
            if let Some(m) = n.as_any_mut().downcast_mut::<MemView>() {
                m.released = true;
            }
        }
    }
    Ok(Value::None)
}

fn mv_enter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    live(vm, a.this())?;
    Ok(a.this())
}

fn mv_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = live(vm, a.this())?;
    let v = items(vm, &m)?;
    let l = vm.new_list(v)?;
    vm.get_iter(l)
}

fn mv_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let m = live(vm, a.this())?;
    let other = a.arg(0);
    let other_format = match view(vm, other) {
        Some(o) => o.format,
        None => match other {
            Value::Obj(g) => match vm.heap.get(g) {
                Obj::Native(_, n) if n.buffer().is_some() => n.buffer_format(),
                _ => 'B',
            },
            _ => 'B',
        },
    };
    if m.format == 'B' && other_format == 'B' {
        let mine = view_bytes(vm, a.this()).unwrap_or_default();
        return match crate::objects::bytes::try_buffer_bytes(vm, other) {
            Some(b) => Ok(Value::Bool(mine == b)),
            None => Ok(Value::NotImplemented),
        };
    }
    // Other formats compare item by item, as values.
    let Some(bytes) = crate::objects::bytes::try_buffer_bytes(vm, other) else {
        return Ok(Value::NotImplemented);
    };
    let osize = format_size(other_format).unwrap_or(1);
    if bytes.len() / osize != m.len {
        return Ok(Value::Bool(false));
    }
    let mine = items(vm, &m)?;
    for (k, x) in mine.into_iter().enumerate() {
        let y = decode(vm, other_format, &bytes[k * osize..(k + 1) * osize])?;
        if !vm.eq(x, y)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Read-only attributes of a view.
pub fn mv_attr(vm: &mut Vm, g: Gc, name: &str) -> PyResult<Option<Value>> {
    let Some(m) = (match vm.heap.get(g) {
        Obj::Native(_, n) => n.as_any().downcast_ref::<MemView>().map(|m| ViewInfo {
            obj: m.obj,
            start: m.start,
            step: m.step,
            len: m.len,
            format: m.format,
            itemsize: m.itemsize,
            readonly: m.readonly,
        }),
        _ => None,
    }) else {
        return Ok(None);
    };
    Ok(Some(match name {
        "readonly" => Value::Bool(m.readonly),
        "nbytes" => Value::Int((m.len * m.itemsize) as i64),
        "itemsize" => Value::Int(m.itemsize as i64),
        "ndim" => Value::Int(1),
        "format" => vm.new_str(&m.format.to_string())?,
        "shape" => vm.new_tuple(vec![Value::Int(m.len as i64)])?,
        "strides" => vm.new_tuple(vec![Value::Int(m.step as i64 * m.itemsize as i64)])?,
        "contiguous" | "c_contiguous" | "f_contiguous" => Value::Bool(m.step == 1),
        "obj" => m.obj,
        _ => return Ok(None),
    }))
}

fn mv_delitem(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    vm.type_error("cannot delete memory")
}

const METHODS: &[Native] = &[
    Native::new("memoryview(cls, object)", mv_new).at("__new__"),
    Native::new("__getitem__(self, key, /)", mv_getitem),
    Native::new("__setitem__(self, key, value, /)", mv_setitem),
    Native::new("__delitem__(self, key, /)", mv_delitem),
    Native::new("__len__(self, /)", mv_len),
    Native::new("__iter__(self, /)", mv_iter),
    Native::new("__eq__(self, value, /)", mv_eq),
    Native::new("__enter__(self, /)", mv_enter),
    Native::legacy("__exit__(self, *args)", mv_release),
    Native::new("tobytes(self, /, order='C')", mv_tobytes),
    Native::new("tolist(self, /)", mv_tolist),
    Native::new("hex(self, /, sep=..., bytes_per_sep=1)", mv_hex),
    Native::new("cast(self, /, format, shape=...)", mv_cast),
    Native::new("release(self, /)", mv_release),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    crate::types::add_natives(vm, vm.types.memoryview, METHODS)
}
