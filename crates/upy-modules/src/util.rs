//! Helpers shared by the library modules: creating types and modules,
//! reaching the Rust state of native objects, and converting arguments
//! with CPython's error messages.

use num_bigint::BigInt;
use upy_vm::native::{Args, Native, Style};
use upy_vm::obj::{BaseKind, Obj};
use upy_vm::objects::dict::dict_set;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

/// Create a module with declared native functions.
pub fn declared_module(vm: &mut Vm, name: &str, fns: &[Native]) -> PyResult<Gc> {
    let m = vm.new_module(name)?;
    vm.roots.push(Value::Obj(m));
    vm.module_natives(m, fns)?;
    Ok(m)
}

/// A declaration whose arity errors CPython words otherwise than its
/// signature implies: `PyArg_UnpackTuple` without parameters ("weakref
/// expected 0 arguments, got 1", `Style::Positional`), or a clinic
/// function with a defining class, parsed as if it took keywords
/// ("extend() takes at most 1 argument (4 given)", `Style::Keywords`).
pub const fn worded(n: Native, style: Style) -> Native {
    Native {
        style: Some(style),
        ..n
    }
}

/// Bind the `*args, **kwargs` of a declared call to a second declaration
/// `n` (whose function is not called), for CPython functions that parse
/// their arguments by hand under other names than the attribute's:
/// `weakref.ref.__call__` unpacks them as "weakref".
pub fn rebind<'a>(
    vm: &mut Vm,
    n: &Native,
    args: &'a [Value],
    kw: &[(Value, Value)],
) -> PyResult<Args<'a>> {
    upy_vm::native::bind(vm, upy_vm::native::decl(n), None, Value::None, args, kw)
}

/// The implementation of a declaration used only for binding (`rebind`).
pub fn bind_only(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// Add declared functions to module `m` as functions of a hidden module
/// named `owner`, which their errors name: CPython defines `struct.pack`
/// in `_struct` ("_struct.calcsize() takes exactly one argument").
pub fn natives_of(vm: &mut Vm, m: Gc, owner: &str, fns: &[Native]) -> PyResult<()> {
    let o = declared_module(vm, owner, &[])?;
    for n in fns {
        let f = vm.new_native(n, Some(o))?;
        vm.module_set(m, upy_vm::native::decl(n).attr, f)?;
    }
    Ok(())
}

/// Create a type implemented in Rust, shown as `module.name`, with
/// declared methods (a `cls` function at `__new__` makes it callable).
pub fn declared_type(
    vm: &mut Vm,
    name: &str,
    module: &str,
    base: Option<Gc>,
    kind: BaseKind,
    methods: &[Native],
) -> PyResult<Gc> {
    let base = base.or(Some(vm.types.object));
    let t = upy_vm::types::new_builtin_type(vm, name, base, kind)?;
    let m = vm.new_str(module)?;
    upy_vm::types::add_attr(vm, t, "__module__", m);
    upy_vm::types::add_natives(vm, t, methods)?;
    Ok(t)
}

/// Set an attribute in a type's namespace.
pub fn type_attr(vm: &mut Vm, t: Gc, name: &str, v: Value) {
    upy_vm::types::add_attr(vm, t, name, v);
}

/// The Rust state of a native object, if `v` is a `T`.
pub fn native<T: 'static>(vm: &Vm, v: Value) -> Option<&T> {
    match v {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Native(_, n) => n.as_any().downcast_ref::<T>(),
            _ => None,
        },
        _ => None,
    }
}

/// Mutable access to the Rust state of a native object.
pub fn native_mut<T: 'static>(vm: &mut Vm, v: Value) -> Option<&mut T> {
    match v {
        Value::Obj(g) => match vm.heap.get_mut(g) {
            Obj::Native(_, n) => n.as_any_mut().downcast_mut::<T>(),
            _ => None,
        },
        _ => None,
    }
}

/// `self` of a declared method of a native type whose Rust state is a
/// `T`. The declaration checked its type, but an instance of a subclass
/// made by `object.__new__` (which CPython refuses) has no state.
pub fn this<T: 'static>(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    if native::<T>(vm, s).is_some() {
        return Ok(s);
    }
    let t = vm.type_name(s);
    vm.type_error(format!(
        "object.__new__({}) is not safe, use {}.__new__()",
        t, t
    ))
}

/// A float argument (int, float or `__float__`/`__index__`), raising
/// "must be real number, not X" otherwise.
pub fn float_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    upy_vm::objects::float::to_f64(vm, v)
}

/// An integer argument through `__index__`.
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    upy_vm::builtins::index_arg(vm, v)
}

/// An integer argument as i64 through `__index__`; OverflowError with
/// CPython's message when it does not fit.
pub fn i64_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if let Value::Int(i) = v {
        return Ok(i);
    }
    let b = int_arg(vm, v)?;
    match num_traits::ToPrimitive::to_i64(&b) {
        Some(i) => Ok(i),
        None => vm.overflow_error("Python int too large to convert to C ssize_t"),
    }
}

/// Whether `v` is an int (not float), including bool and subclasses.
pub fn is_int(vm: &Vm, v: Value) -> bool {
    upy_vm::objects::int::is_int(vm, v)
}

/// The exception class stored in `module.name` (for module-specific
/// exceptions such as `struct.error`).
pub fn new_exception_class(vm: &mut Vm, name: &str, module: &str, base: Gc) -> PyResult<Gc> {
    let nsg = vm.new_dict()?;
    let ns = Value::Obj(nsg);
    vm.roots.push(ns);
    let m = vm.new_str(module)?;
    let mk = vm.names.__module__;
    dict_set(vm, nsg, mk, m)?;
    let meta = vm.types.type_;
    let g = upy_vm::types::new_class(vm, meta, name, &[base], nsg)?;
    vm.heap.make_permanent(g);
    vm.heap.make_permanent(nsg);
    Ok(g)
}

/// `NativeObject` for the state of a native type that holds no Python
/// values: its type name and what it costs the heap budget.
macro_rules! leaf_native_object {
    ($t:ty, $name:expr, $size:expr) => {
        impl upy_vm::obj::NativeObject for $t {
            fn type_name(&self) -> &'static str {
                $name
            }
            fn trace(&self, _: &mut Vec<upy_vm::value::Value>) {}
            fn as_any(&self) -> &dyn std::any::Any {
                self
            }
            fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
                self
            }
            fn size(&self) -> usize {
                $size
            }
        }
    };
}
pub(crate) use leaf_native_object;
