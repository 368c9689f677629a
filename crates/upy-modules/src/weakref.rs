//! The `weakref` module: `ref` objects do not keep their referent alive;
//! the collector clears them when it frees the referent and then calls
//! their callbacks (so, unlike CPython's reference counting, a referent
//! dies at the next collection, e.g. `gc.collect()`). Which objects may be
//! referenced follows CPython.

use upy_vm::format::address_of;
use upy_vm::native::{Args, Native, Style};
use upy_vm::obj::{BaseKind, NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::{self, bind_only, native};

/// A reference (None once the referent died) and its callback.
struct WeakRef {
    referent: Value,
    callback: Value,
}

impl NativeObject for WeakRef {
    fn type_name(&self) -> &'static str {
        "ReferenceType"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        // Not the referent: this reference must not keep it alive.
        out.push(self.callback);
    }
    fn weak_referent(&self) -> Option<Gc> {
        self.referent.as_gc()
    }
    fn clear_weak(&mut self) -> Value {
        self.referent = Value::None;
        std::mem::replace(&mut self.callback, Value::None)
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// Whether CPython allows weak references to `v`.
fn referenceable(vm: &Vm, v: Value) -> bool {
    let Value::Obj(g) = v else { return false };
    match vm.heap.get(g) {
        Obj::Instance(_) => !matches!(
            vm.base_kind(v),
            BaseKind::Int | BaseKind::Tuple | BaseKind::Bytes
        ),
        Obj::Function(_)
        | Obj::Type(_)
        | Obj::Set(_)
        | Obj::FrozenSet(_)
        | Obj::Generator(_)
        | Obj::BoundMethod(..)
        | Obj::Module(_)
        | Obj::Code(_)
        | Obj::Native(..)
        | Obj::Exception(_) => true,
        _ => false,
    }
}

fn referent(vm: &Vm, v: Value) -> Option<Value> {
    native::<WeakRef>(vm, v).map(|r| r.referent)
}

// How CPython parses the arguments of `ref`'s slots by hand: `__new__`
// unpacks its positional arguments and ignores keywords, `__init__`
// refuses keywords in the name of `ref` and then unpacks, `__call__`
// unpacks nothing under the name `weakref`.
const NEW_ARGS: Native = Native::new("__new__(object, callback=None, /)", bind_only);
const INIT_KW: Native = Native::new("ref(*args)", bind_only);
const INIT_ARGS: Native = Native::new("__init__(object, callback=None, /)", bind_only);
const CALL_ARGS: Native = util::worded(Native::new("weakref()", bind_only), Style::Positional);

fn r_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = vm.class_arg(Some(a.this()), "ReferenceType")?;
    let b = util::rebind(vm, &NEW_ARGS, a.rest(), &[])?;
    let obj = b.arg(0);
    if !referenceable(vm, obj) {
        let t = vm.type_name(obj);
        return vm.type_error(format!("cannot create weak reference to '{}' object", t));
    }
    let callback = b.value(vm, 1)?;
    let r = vm.alloc_val(Obj::Native(
        cls,
        Box::new(WeakRef {
            referent: obj,
            callback,
        }),
    ))?;
    if let Value::Obj(g) = r {
        vm.heap.register_weak(g);
    }
    Ok(r)
}

fn r_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    util::rebind(vm, &INIT_KW, a.rest(), a.extra_kw())?;
    util::rebind(vm, &INIT_ARGS, a.rest(), &[])?;
    Ok(Value::None)
}

fn r_call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    util::rebind(vm, &CALL_ARGS, a.rest(), a.extra_kw())?;
    Ok(referent(vm, a.this()).unwrap_or(Value::None))
}

fn r_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match (referent(vm, a.this()), referent(vm, a.arg(0))) {
        (Some(x), Some(y)) => Ok(Value::Bool(vm.eq(x, y)?)),
        _ => Ok(Value::NotImplemented),
    }
}

fn r_ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match r_eq(vm, a)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        v => Ok(v),
    }
}

fn r_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = referent(vm, a.this()).unwrap_or(Value::None);
    Ok(Value::Int(vm.hash(r)?))
}

fn r_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.this();
    let r = referent(vm, s).unwrap_or(Value::None);
    if r.is_none() {
        return vm.new_string(format!("<weakref at 0x{:x}; dead>", address_of(s)));
    }
    let t = vm.type_name(r);
    vm.new_string(format!(
        "<weakref at 0x{:x}; to '{}' at 0x{:x}>",
        address_of(s),
        t,
        address_of(r)
    ))
}

fn r_callback(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(native::<WeakRef>(vm, a.this())
        .map(|r| r.callback)
        .unwrap_or(Value::None))
}

fn getweakrefcount(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = match a.arg(0) {
        Value::Obj(g) => vm.heap.weak_refs_to(g).len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

const METHODS: &[Native] = &[
    Native::new("__new__(cls, *args, **kwargs)", r_new),
    Native::new("__init__(self, /, *args, **kwargs)", r_init),
    Native::new("__call__(self, /, *args, **kwargs)", r_call),
    Native::new("__eq__(self, value, /)", r_eq),
    Native::new("__ne__(self, value, /)", r_ne),
    Native::new("__hash__(self, /)", r_hash),
    Native::new("__repr__(self, /)", r_repr),
];

/// CPython defines `getweakrefcount` in `_weakref`, which its errors name.
const FUNCTIONS: &[Native] = &[Native::new("getweakrefcount(object, /)", getweakrefcount)];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let t = match vm.native_types.get("weakref.ReferenceType") {
        Some(&t) => t,
        None => {
            let t = util::declared_type(
                vm,
                "ReferenceType",
                "weakref",
                None,
                BaseKind::Other,
                METHODS,
            )?;
            upy_vm::types::add_getters(vm, t, &[Native::new("__callback__(self, /)", r_callback)])?;
            vm.native_types.insert("weakref.ReferenceType", t);
            t
        }
    };
    let m = util::declared_module(vm, "weakref", &[])?;
    util::natives_of(vm, m, "_weakref", FUNCTIONS)?;
    vm.module_set(m, "ref", Value::Obj(t))?;
    vm.module_set(m, "ReferenceType", Value::Obj(t))?;
    Ok(m)
}
