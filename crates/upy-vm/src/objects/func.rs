//! Function-like types: `property`, `classmethod` and `staticmethod`
//! constructors and the property copy-with methods.

use crate::native::{Args, Native, Style};
use crate::obj::*;
use crate::types::add_natives;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

fn property_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = a.value(vm, 0)?;
    let s = a.value(vm, 1)?;
    let d = a.value(vm, 2)?;
    vm.alloc_val(Obj::Property(g, s, d))
}

/// The accessors of the property `self` (the declaration checked its type).
fn prop_parts(vm: &mut Vm, a: &Args) -> PyResult<(Value, Value, Value)> {
    let g = a.this_obj(vm)?;
    match vm.heap.get(g) {
        Obj::Property(x, y, z) => Ok((*x, *y, *z)),
        _ => vm.type_error("descriptor requires a 'property' object"),
    }
}

fn prop_getter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (_, s, d) = prop_parts(vm, a)?;
    vm.alloc_val(Obj::Property(a.arg(0), s, d))
}

fn prop_setter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (g, _, d) = prop_parts(vm, a)?;
    vm.alloc_val(Obj::Property(g, a.arg(0), d))
}

fn prop_deleter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (g, s, _) = prop_parts(vm, a)?;
    vm.alloc_val(Obj::Property(g, s, a.arg(0)))
}

fn prop_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (g, _, _) = prop_parts(vm, a)?;
    if a.arg(0).is_none() {
        return Ok(a.this());
    }
    if g.is_none() {
        return vm.attr_error("unreadable attribute");
    }
    vm.call(g, &[a.arg(0)])
}

fn prop_set(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (_, s, _) = prop_parts(vm, a)?;
    if s.is_none() {
        return vm.attr_error("can't set attribute");
    }
    vm.call(s, &[a.arg(0), a.arg(1)])?;
    Ok(Value::None)
}

fn classmethod_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    vm.alloc_val(Obj::ClassMethod(a.arg(0)))
}

fn staticmethod_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    vm.alloc_val(Obj::StaticMethod(a.arg(0)))
}

fn function_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.arg(0).is_none() {
        return Ok(a.this());
    }
    vm.alloc_val(Obj::BoundMethod(a.this(), a.arg(0)))
}

const PROPERTY_METHODS: &[Native] = &[
    Native::new(
        "property(cls, fget=None, fset=None, fdel=None, doc=None)",
        property_new,
    )
    .at("__new__"),
    Native::new("getter(self, fget, /)", prop_getter),
    Native::new("setter(self, fset, /)", prop_setter),
    Native::new("deleter(self, fdel, /)", prop_deleter),
    Native::slot("__get__(self, instance, owner=None, /)", prop_get),
    Native::slot("__set__(self, instance, value, /)", prop_set),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    add_natives(vm, vm.types.property, PROPERTY_METHODS)?;
    let unpacked = Style::Positional;
    add_natives(
        vm,
        vm.types.classmethod,
        &[
            Native::new("classmethod(cls, function, /)", classmethod_new)
                .at("__new__")
                .worded(unpacked),
        ],
    )?;
    add_natives(
        vm,
        vm.types.staticmethod,
        &[
            Native::new("staticmethod(cls, function, /)", staticmethod_new)
                .at("__new__")
                .worded(unpacked),
        ],
    )?;
    add_natives(
        vm,
        vm.types.function,
        &[Native::slot(
            "__get__(self, instance, owner=None, /)",
            function_get,
        )],
    )
}
