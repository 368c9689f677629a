//! The `struct` module: packing values into bytes and back, by format
//! strings, with the `Struct` class and the `struct.error` exception.

mod codec;
mod format;

use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::{self, bind_only, native};
use format::Layout;

/// Raise `struct.error(msg)`.
pub(crate) fn struct_error<T>(vm: &mut Vm, msg: impl AsRef<str>) -> PyResult<T> {
    let t = vm
        .native_types
        .get("struct.error")
        .copied()
        .unwrap_or(vm.types.value_error);
    vm.err(t, msg)
}

/// A compiled format (`struct.Struct`).
struct StructObj {
    layout: Layout,
    format: Value,
}

impl NativeObject for StructObj {
    fn type_name(&self) -> &'static str {
        "Struct"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.format);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// Parse a format argument (str or bytes).
fn layout_of(vm: &mut Vm, fmt: Value) -> PyResult<Layout> {
    if let Some(st) = native::<StructObj>(vm, fmt) {
        return Ok(st.layout.clone());
    }
    let bytes = match vm.as_str(fmt) {
        Some(s) => s.as_bytes().to_vec(),
        None => match vm.unwrap_base(fmt) {
            Value::Obj(g) if matches!(vm.heap.get(g), Obj::Bytes(_)) => {
                upy_vm::objects::bytes::try_buffer_bytes(vm, fmt).unwrap_or_default()
            }
            _ => {
                let t = vm.type_name(fmt);
                return vm.type_error(format!(
                    "Struct() argument 1 must be a str or bytes object, not {}",
                    t
                ));
            }
        },
    };
    format::parse(&bytes).or_else(|e| struct_error(vm, e.message()))
}

fn pack_values(vm: &mut Vm, layout: &Layout, vals: &[Value], fname: &str) -> PyResult<Vec<u8>> {
    if vals.len() != layout.nvalues {
        return struct_error(
            vm,
            format!(
                "{} expected {} items for packing (got {})",
                fname,
                layout.nvalues,
                vals.len()
            ),
        );
    }
    vm.check_alloc(layout.size)?;
    let mut out = vec![0u8; layout.size];
    codec::pack_into(vm, layout, vals, &mut out)?;
    Ok(out)
}

fn buffer_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    upy_vm::objects::bytes::buffer_bytes(vm, v)
}

fn unpack_tuple(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Value> {
    let vals = codec::unpack(vm, layout, data)?;
    vm.new_tuple(vals)
}

fn do_unpack(vm: &mut Vm, layout: &Layout, buf: Value) -> PyResult<Value> {
    let data = buffer_of(vm, buf)?;
    if data.len() != layout.size {
        return struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", layout.size),
        );
    }
    unpack_tuple(vm, layout, &data)
}

fn do_unpack_from(
    vm: &mut Vm,
    layout: &Layout,
    buf: Value,
    offset: Option<Value>,
) -> PyResult<Value> {
    let data = buffer_of(vm, buf)?;
    let mut off = match offset {
        Some(v) => util::i64_arg(vm, v)?,
        None => 0,
    };
    let len = data.len() as i64;
    if off < 0 {
        if off + len < 0 {
            return struct_error(
                vm,
                format!("offset {} out of range for {}-byte buffer", off, len),
            );
        }
        off += len;
    }
    let size = layout.size as i64;
    if len - off < size {
        return struct_error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
                size + off, size, off, len
            ),
        );
    }
    let o = off as usize;
    unpack_tuple(vm, layout, &data[o..o + layout.size])
}

fn do_pack_into(
    vm: &mut Vm,
    layout: &Layout,
    buf: Value,
    offset: Value,
    vals: &[Value],
) -> PyResult<Value> {
    let packed = pack_values(vm, layout, vals, "pack_into")?;
    let mut off = util::i64_arg(vm, offset)?;
    let Some(len) = upy_vm::objects::memoryview::writable_len(vm, buf).map(|n| n as i64) else {
        let t = vm.type_name(buf);
        return vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            t
        ));
    };
    if off < 0 {
        if off + len < 0 {
            return struct_error(
                vm,
                format!("offset {} out of range for {}-byte buffer", off, len),
            );
        }
        off += len;
    }
    let size = layout.size as i64;
    if len - off < size {
        return struct_error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
                size + off, size, off, len
            ),
        );
    }
    upy_vm::objects::memoryview::write_buffer(vm, buf, off as usize, &packed)?;
    Ok(Value::None)
}

fn do_iter_unpack(vm: &mut Vm, layout: &Layout, buf: Value) -> PyResult<Value> {
    let data = buffer_of(vm, buf)?;
    if layout.size == 0 {
        return struct_error(vm, "cannot iteratively unpack with a struct of length 0");
    }
    if data.len() % layout.size != 0 {
        return struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            ),
        );
    }
    let mut tuples = Vec::with_capacity(data.len() / layout.size);
    for chunk in data.chunks(layout.size) {
        tuples.push(unpack_tuple(vm, layout, chunk)?);
    }
    let l = vm.new_list(tuples)?;
    vm.get_iter(l)
}

/// The format of `pack`/`pack_into`, which CPython takes by hand.
fn need_format(vm: &mut Vm, args: &[Value]) -> PyResult<Layout> {
    match args.first() {
        Some(&f) => layout_of(vm, f),
        None => vm.type_error("missing format argument"),
    }
}

fn m_pack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let args = a.rest();
    let layout = need_format(vm, args)?;
    let b = pack_values(vm, &layout, &args[1..], "pack")?;
    vm.new_bytes(b)
}

fn m_pack_into(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let args = a.rest();
    let layout = need_format(vm, args)?;
    if args.len() < 3 {
        let msg = if args.len() < 2 {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        };
        return struct_error(vm, msg);
    }
    do_pack_into(vm, &layout, args[1], args[2], &args[3..])
}

fn m_unpack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let layout = layout_of(vm, a.arg(0))?;
    do_unpack(vm, &layout, a.arg(1))
}

fn m_unpack_from(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let layout = layout_of(vm, a.arg(0))?;
    do_unpack_from(vm, &layout, a.arg(1), a.get(2))
}

fn m_iter_unpack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let layout = layout_of(vm, a.arg(0))?;
    do_iter_unpack(vm, &layout, a.arg(1))
}

fn m_calcsize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let layout = layout_of(vm, a.arg(0))?;
    Ok(Value::Int(layout.size as i64))
}

// ----- the Struct class -----

/// The layout of a declared method's `self`.
fn this_layout(vm: &mut Vm, a: &Args) -> PyResult<Layout> {
    let s = util::this::<StructObj>(vm, a)?;
    match native::<StructObj>(vm, s) {
        Some(st) => Ok(st.layout.clone()),
        None => vm.type_error("expected a Struct"),
    }
}

/// The layout of a property getter's `self`.
fn prop_layout(vm: &mut Vm, a: &Args) -> PyResult<Layout> {
    match native::<StructObj>(vm, a.this()) {
        Some(st) => Ok(st.layout.clone()),
        None => vm.type_error("expected a Struct"),
    }
}

/// How CPython's `Struct.__init__` takes the format (its `__new__` takes
/// anything, after checking the class).
const NEW_ARGS: Native = Native::new("Struct(format)", bind_only);

fn s_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = vm.class_arg(Some(a.this()), "Struct")?;
    let b = util::rebind(vm, &NEW_ARGS, a.rest(), a.extra_kw())?;
    let f = b.arg(0);
    let layout = layout_of(vm, f)?;
    let format = match vm.as_str(f) {
        Some(_) => f,
        None => {
            let b = upy_vm::objects::bytes::try_buffer_bytes(vm, f).unwrap_or_default();
            vm.new_string(String::from_utf8_lossy(&b).into_owned())?
        }
    };
    vm.alloc_val(Obj::Native(cls, Box::new(StructObj { layout, format })))
}

fn s_pack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let layout = this_layout(vm, a)?;
    let b = pack_values(vm, &layout, a.rest(), "pack")?;
    vm.new_bytes(b)
}

fn s_pack_into(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let layout = this_layout(vm, a)?;
    let args = a.rest();
    // CPython takes these by hand, raising struct.error.
    if args.len() < 2 {
        let msg = if args.is_empty() {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        };
        return struct_error(vm, msg);
    }
    do_pack_into(vm, &layout, args[0], args[1], &args[2..])
}

fn s_unpack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let layout = this_layout(vm, a)?;
    do_unpack(vm, &layout, a.arg(0))
}

fn s_unpack_from(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let layout = this_layout(vm, a)?;
    do_unpack_from(vm, &layout, a.arg(0), a.get(1))
}

fn s_iter_unpack(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let layout = this_layout(vm, a)?;
    do_iter_unpack(vm, &layout, a.arg(0))
}

fn s_size(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let layout = prop_layout(vm, a)?;
    Ok(Value::Int(layout.size as i64))
}

fn s_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(native::<StructObj>(vm, a.this())
        .map(|st| st.format)
        .unwrap_or(Value::None))
}

const METHODS: &[Native] = &[
    Native::new("__new__(cls, *args, **kwargs)", s_new),
    Native::new("pack(self, *args)", s_pack),
    Native::new("pack_into(self, *args)", s_pack_into),
    Native::new("unpack(self, buffer, /)", s_unpack),
    Native::new("unpack_from(self, /, buffer, offset=0)", s_unpack_from),
    Native::new("iter_unpack(self, buffer, /)", s_iter_unpack),
];

const GETTERS: &[Native] = &[
    Native::new("size(self, /)", s_size),
    Native::new("format(self, /)", s_format),
];

fn struct_type(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get("_struct.Struct") {
        return Ok(t);
    }
    let t = util::declared_type(vm, "Struct", "_struct", None, BaseKind::Other, METHODS)?;
    upy_vm::types::add_getters(vm, t, GETTERS)?;
    vm.native_types.insert("_struct.Struct", t);
    Ok(t)
}

/// The functions, defined in `_struct` in CPython (which their errors name).
const FUNCTIONS: &[Native] = &[
    Native::new("pack(*args)", m_pack),
    Native::new("pack_into(*args)", m_pack_into),
    Native::new("unpack(format, buffer, /)", m_unpack),
    Native::new("unpack_from(format, /, buffer, offset=0)", m_unpack_from),
    Native::new("iter_unpack(format, buffer, /)", m_iter_unpack),
    Native::new("calcsize(format, /)", m_calcsize),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "struct", &[])?;
    util::natives_of(vm, m, "_struct", FUNCTIONS)?;
    let err = match vm.native_types.get("struct.error") {
        Some(&e) => e,
        None => {
            let base = vm.types.exception;
            let e = util::new_exception_class(vm, "error", "struct", base)?;
            vm.native_types.insert("struct.error", e);
            e
        }
    };
    vm.module_set(m, "error", Value::Obj(err))?;
    let st = struct_type(vm)?;
    vm.module_set(m, "Struct", Value::Obj(st))?;
    Ok(m)
}
