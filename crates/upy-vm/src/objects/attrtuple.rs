//! Attribute tuples: tuples whose items can also be read by field name,
//! such as `sys.version_info`, `sys.implementation.version` and
//! `os.uname()` (CPython's struct sequences, MicroPython's attrtuple).

use crate::native::{Args, Native};
use crate::obj::*;
use crate::types::{add_attr, add_natives, new_builtin_type};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// A new tuple type named `qualname` (its repr prefix, e.g.
/// "os.uname_result"; `__name__` is the part after the last dot) with one
/// read-only attribute per field.
pub fn new_type(vm: &mut Vm, qualname: &str, fields: &[&'static str]) -> PyResult<Gc> {
    let tuple = vm.types.tuple;
    let (module, name) = qualname.rsplit_once('.').unwrap_or(("", qualname));
    let t = new_builtin_type(vm, name, Some(tuple), BaseKind::Tuple)?;
    if !module.is_empty() {
        let m = vm.new_str(module)?;
        add_attr(vm, t, "__module__", m);
    }
    let mut names = Vec::with_capacity(fields.len());
    for (i, f) in fields.iter().enumerate() {
        let getter = vm.new_native_data(&FIELD, Some(t), Value::Int(i as i64))?;
        vm.roots.push(getter);
        let prop = vm.alloc_val(Obj::Property(getter, Value::None, Value::None))?;
        add_attr(vm, t, f, prop);
        let n = vm.intern(f);
        names.push(n);
    }
    let fields_tuple = vm.new_tuple(names)?;
    add_attr(vm, t, "_fields", fields_tuple);
    add_attr(vm, t, "n_fields", Value::Int(fields.len() as i64));
    add_natives(vm, t, &[Native::slot("__repr__(self, /)", repr)])?;
    Ok(t)
}

/// An instance of attribute-tuple type `t` holding `items`.
pub fn new(vm: &mut Vm, t: Gc, items: Vec<Value>) -> PyResult<Value> {
    let tup = vm.new_tuple(items)?;
    vm.roots.push(tup);
    vm.alloc_val(Obj::Instance(Box::new(Instance {
        class: t,
        dict: None,
        base: Some(tup),
    })))
}

/// The getter of every field, told apart by the field's index (its data).
const FIELD: Native = Native::new("field(self, /)", field_get);

fn field_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Value::Int(i) = a.data() else {
        return vm.type_error("attribute getter needs an index");
    };
    let items = crate::objects::seq_ops::seq_items(vm, vm.unwrap_base(a.this()));
    Ok(items.get(i as usize).copied().unwrap_or(Value::None))
}

/// `name(field=value, ...)`, as CPython prints struct sequences.
fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = vm.type_of(a.this());
    let mut name = vm.type_obj(t).name.clone();
    let mk = vm.names.__module__;
    if let Some(m) = crate::objects::dict::dict_get_str(vm, vm.type_obj(t).dict, mk) {
        if let Some(m) = vm.as_str(m) {
            name = format!("{}.{}", m, name);
        }
    }
    let key = vm.intern("_fields");
    let fields = vm
        .lookup_type(t, key)
        .map(|f| crate::objects::seq_ops::seq_items(vm, f))
        .unwrap_or_default();
    let items = crate::objects::seq_ops::seq_items(vm, vm.unwrap_base(a.this()));
    let mut parts = Vec::with_capacity(items.len());
    for (k, v) in items.into_iter().enumerate() {
        let r = vm.repr_of(v)?;
        let f = fields.get(k).and_then(|f| vm.as_str(*f)).unwrap_or("?");
        parts.push(format!("{}={}", f, vm.as_str(r).unwrap_or("")));
    }
    vm.new_string(format!("{}({})", name, parts.join(", ")))
}
