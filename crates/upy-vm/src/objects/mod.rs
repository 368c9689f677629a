//! Builtin types' behaviour, one file per type (or family of types).

pub mod attrtuple;
pub mod bytes;
pub mod complex;
pub mod dict;
pub mod exception;
pub mod float;
pub mod func;
pub mod generator;
pub mod int;
pub mod list;
pub mod memoryview;
pub mod object;
pub mod range;
pub mod seq_ops;
pub mod set;
pub mod slice;
pub mod slot_wrappers;
pub mod special_attrs;
pub mod str;
pub mod super_;
pub mod tuple;

use crate::native::{Args, Native};
use crate::obj::*;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

/// The result of a builtin type's `__new__` for class `cls`: the builtin
/// value itself, or for a subclass an instance wrapping it.
pub fn wrap_for_class(vm: &mut Vm, cls: Value, builtin: Gc, v: Value) -> PyResult<Value> {
    let n = vm.type_obj(builtin).name.clone();
    let cg = match cls {
        Value::Obj(g) if vm.is_type(cls) => g,
        _ => {
            let t = vm.type_name(cls);
            return vm.type_error(format!("{n}.__new__(X): X is not a type object ({t})"));
        }
    };
    if cg == builtin {
        return Ok(v);
    }
    if !vm.is_subtype(cg, builtin) {
        let c = vm.type_obj(cg).name.clone();
        return vm.type_error(format!("{n}.__new__({c}): {c} is not a subtype of {n}"));
    }
    vm.roots.push(v);
    let dg = vm.new_dict()?;
    let obj = vm.alloc_val(Obj::Instance(Box::new(Instance {
        class: cg,
        dict: Some(dg),
        base: Some(v),
    })))?;
    vm.track_finalizer(cg, obj);
    Ok(obj)
}

/// Register every builtin type's methods.
pub fn init(vm: &mut Vm) -> PyResult<()> {
    object::init(vm)?;
    str::init(vm)?;
    bytes::init(vm)?;
    list::init(vm)?;
    tuple::init(vm)?;
    dict::init(vm)?;
    set::init(vm)?;
    int::init(vm)?;
    float::init(vm)?;
    complex::init(vm)?;
    range::init(vm)?;
    func::init(vm)?;
    generator::init(vm)?;
    exception::init(vm)?;
    super_::init(vm)?;
    slice::init(vm)?;
    memoryview::init(vm)?;
    slot_wrappers::init(vm)?;
    for t in [
        vm.types.int,
        vm.types.float,
        vm.types.str_,
        vm.types.complex,
    ] {
        crate::types::add_natives(
            vm,
            t,
            &[Native::new(
                "__format__(self, format_spec, /)",
                builtin_format,
            )],
        )?;
    }
    Ok(())
}

/// `int.__format__(x, spec)` and the like: the builtin value of `x` (an
/// instance of a subclass too) formatted by the builtin rules, so that a
/// subclass's own `__format__` can defer to them.
fn builtin_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let spec = vm.expect_str(a.arg(0), "format_spec")?;
    if spec.is_empty() {
        return vm.str_of(a.this());
    }
    let base = vm.unwrap_base(a.this());
    let s = vm.format_builtin(base, &spec)?;
    vm.new_string(s)
}
