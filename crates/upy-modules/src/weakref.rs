//! The `weakref` module: `ref` objects do not keep their referent alive;
//! the collector clears them when it frees the referent and then calls
//! their callbacks (so, unlike CPython's reference counting, a referent
//! dies at the next collection, e.g. `gc.collect()`). Which objects may be
//! referenced follows CPython.

use upy_vm::format::address_of;
use upy_vm::obj::{BaseKind, NativeFnPtr, NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::{self, native, Kw};

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

fn r_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let cls = vm.class_arg(args.first().copied(), "ReferenceType")?;
    util::clinic(vm, "__new__", &args[1..], kw, 1, 2)?;
    let obj = args[1];
    if !referenceable(vm, obj) {
        let t = vm.type_name(obj);
        return vm.type_error(format!("cannot create weak reference to '{}' object", t));
    }
    let callback = args.get(2).copied().unwrap_or(Value::None);
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

fn r_init(_vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
    Ok(Value::None)
}

fn r_call(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    upy_vm::args::check_method(vm, "weakref", args, kw, 0, 0)?;
    let s = util::check_self::<WeakRef>(vm, args, "weakref.ReferenceType", "__call__")?;
    Ok(referent(vm, s).unwrap_or(Value::None))
}

fn r_eq(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    match (
        args.first().and_then(|v| referent(vm, *v)),
        args.get(1).and_then(|v| referent(vm, *v)),
    ) {
        (Some(a), Some(b)) => Ok(Value::Bool(vm.eq(a, b)?)),
        _ => Ok(Value::NotImplemented),
    }
}

fn r_ne(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match r_eq(vm, args, kw)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        v => Ok(v),
    }
}

fn r_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = util::check_self::<WeakRef>(vm, args, "weakref.ReferenceType", "__hash__")?;
    let r = referent(vm, s).unwrap_or(Value::None);
    Ok(Value::Int(vm.hash(r)?))
}

fn r_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = util::check_self::<WeakRef>(vm, args, "weakref.ReferenceType", "__repr__")?;
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

fn r_callback(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let s = util::check_self::<WeakRef>(vm, args, "weakref.ReferenceType", "__callback__")?;
    Ok(native::<WeakRef>(vm, s)
        .map(|r| r.callback)
        .unwrap_or(Value::None))
}

fn getweakrefcount(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    util::one_arg(vm, "getweakrefcount", args, kw)?;
    let n = match args[0] {
        Value::Obj(g) => vm.heap.weak_refs_to(g).len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

const METHODS: &[(&str, NativeFnPtr)] = &[
    ("__init__", r_init),
    ("__call__", r_call),
    ("__eq__", r_eq),
    ("__ne__", r_ne),
    ("__hash__", r_hash),
    ("__repr__", r_repr),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let t = match vm.native_types.get("weakref.ReferenceType") {
        Some(&t) => t,
        None => {
            let t = util::new_type(
                vm,
                "ReferenceType",
                "weakref",
                None,
                BaseKind::Other,
                METHODS,
            )?;
            util::set_new(vm, t, r_new);
            let getter = vm.new_native_fn("__callback__", r_callback)?;
            let prop = vm.alloc_val(Obj::Property(getter, Value::None, Value::None))?;
            util::type_attr(vm, t, "__callback__", prop);
            vm.native_types.insert("weakref.ReferenceType", t);
            t
        }
    };
    let m = util::new_module(vm, "weakref", &[("getweakrefcount", getweakrefcount)])?;
    vm.module_set(m, "ref", Value::Obj(t))?;
    vm.module_set(m, "ReferenceType", Value::Obj(t))?;
    Ok(m)
}
