//! The `array` module: typed arrays of numbers stored as native bytes
//! (so they expose the buffer protocol), with CPython's methods,
//! slicing and errors.

mod items;
mod methods;

use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::{self, bind_only, native};
pub use items::itemsize;

/// An array: its typecode and the elements' native-endian bytes.
pub struct Array {
    pub typecode: u8,
    pub data: Vec<u8>,
}

impl NativeObject for Array {
    fn type_name(&self) -> &'static str {
        "array"
    }
    fn trace(&self, _out: &mut Vec<Value>) {}
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
    fn size(&self) -> usize {
        48 + self.data.capacity()
    }
    fn buffer(&self) -> Option<&[u8]> {
        Some(&self.data)
    }
    fn buffer_mut(&mut self) -> Option<&mut [u8]> {
        Some(&mut self.data)
    }
    fn buffer_format(&self) -> char {
        self.typecode as char
    }
}

impl Array {
    pub fn len(&self) -> usize {
        self.data.len() / itemsize(self.typecode)
    }
}

/// Iterator over an array (it sees appends, as CPython's does).
struct ArrayIter {
    array: Value,
    pos: usize,
}

impl NativeObject for ArrayIter {
    fn type_name(&self) -> &'static str {
        "arrayiterator"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.array);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

const BAD_TYPECODE: &str = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)";

/// A new array of the given class, typecode and bytes.
pub(crate) fn new_array(vm: &mut Vm, cls: Gc, typecode: u8, data: Vec<u8>) -> PyResult<Value> {
    vm.check_alloc(data.len())?;
    vm.alloc_val(Obj::Native(cls, Box::new(Array { typecode, data })))
}

/// The typecode and bytes of an array value.
pub(crate) fn parts(vm: &Vm, v: Value) -> Option<(u8, &[u8])> {
    native::<Array>(vm, v).map(|a| (a.typecode, a.data.as_slice()))
}

/// The elements of an array as Python values.
pub(crate) fn values(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    let Some((tc, data)) = parts(vm, v).map(|(t, d)| (t, d.to_vec())) else {
        return Ok(Vec::new());
    };
    let n = itemsize(tc);
    data.chunks(n).map(|c| items::decode(vm, tc, c)).collect()
}

// CPython's `array.__new__` refuses keywords as "array.array()", then
// parses its arguments as "array()".
const NEW_KW: Native = Native::new("array.array(*args)", bind_only);
const NEW_ARGS: Native = Native::legacy("array(typecode, initializer=..., /)", bind_only);

const NEW: Native = Native::new("__new__(cls, *args, **kwargs)", a_new);

fn a_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = vm.class_arg(Some(a.this()), "array")?;
    util::rebind(vm, &NEW_KW, a.rest(), a.extra_kw())?;
    let b = util::rebind(vm, &NEW_ARGS, a.rest(), &[])?;
    let tc = match vm.as_str(b.arg(0)) {
        Some(s) if s.chars().count() == 1 => s.chars().next().unwrap_or(' '),
        _ => {
            let t = vm.type_name(b.arg(0));
            return vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                t
            ));
        }
    };
    if !tc.is_ascii() || !items::TYPECODES.contains(tc) {
        return vm.value_error(BAD_TYPECODE);
    }
    let tc = tc as u8;
    let a = new_array(vm, cls, tc, Vec::new())?;
    vm.roots.push(a);
    if let Some(init) = b.get(1) {
        if vm.as_str(init).is_some() {
            return vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                tc as char
            ));
        }
        let is_bytes = matches!(vm.unwrap_base(init), Value::Obj(g)
            if matches!(vm.heap.get(g), Obj::Bytes(_) | Obj::ByteArray(_)));
        if is_bytes {
            let b = upy_vm::objects::bytes::buffer_bytes(vm, init)?;
            methods::append_bytes(vm, a, &b)?;
        } else if let Some((t2, d)) = parts(vm, init).map(|(t, d)| (t, d.to_vec())) {
            if t2 == tc {
                methods::append_bytes(vm, a, &d)?;
            } else {
                let vals = values(vm, init)?;
                methods::append_values(vm, a, &vals)?;
            }
        } else {
            let vals = vm.collect_iterable(init)?;
            vm.roots.extend(vals.iter().copied());
            methods::append_values(vm, a, &vals)?;
        }
    }
    Ok(a)
}

fn it_iter(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(a.this())
}

fn it_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = util::this::<ArrayIter>(vm, a)?;
    let (a, pos) = match native::<ArrayIter>(vm, s) {
        Some(it) => (it.array, it.pos),
        None => return vm.type_error("expected an array iterator"),
    };
    let item = parts(vm, a).and_then(|(tc, d)| {
        let n = itemsize(tc);
        d.get(pos * n..(pos + 1) * n).map(|b| (tc, b.to_vec()))
    });
    match item {
        Some((tc, b)) => {
            if let Some(it) = util::native_mut::<ArrayIter>(vm, s) {
                it.pos += 1;
            }
            items::decode(vm, tc, &b)
        }
        None => {
            let t = vm.types.stop_iteration;
            Err(vm.new_exc_args(t, vec![]))
        }
    }
}

const ITER_METHODS: &[Native] = &[
    Native::new("__iter__(self, /)", it_iter),
    Native::new("__next__(self, /)", it_next),
];

/// `iter(array)`.
pub(crate) fn new_iter(vm: &mut Vm, a: Value) -> PyResult<Value> {
    let t = vm
        .native_types
        .get("array.arrayiterator")
        .copied()
        .unwrap_or(vm.types.object);
    vm.alloc_val(Obj::Native(t, Box::new(ArrayIter { array: a, pos: 0 })))
}

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "array", &[])?;
    let t = match vm.native_types.get("array.array") {
        Some(&t) => t,
        None => {
            let t = util::declared_type(
                vm,
                "array",
                "array",
                None,
                BaseKind::Other,
                methods::METHODS,
            )?;
            upy_vm::types::add_natives(vm, t, &[NEW])?;
            util::type_attr(vm, t, "__hash__", Value::None);
            upy_vm::types::add_getters(vm, t, methods::PROPERTIES)?;
            vm.native_types.insert("array.array", t);
            let it = util::declared_type(
                vm,
                "arrayiterator",
                "array",
                None,
                BaseKind::Other,
                ITER_METHODS,
            )?;
            vm.native_types.insert("array.arrayiterator", it);
            t
        }
    };
    vm.module_set(m, "array", Value::Obj(t))?;
    vm.module_set(m, "ArrayType", Value::Obj(t))?;
    let tcs = vm.new_str(items::TYPECODES)?;
    vm.module_set(m, "typecodes", tcs)?;
    Ok(m)
}
