//! Function-like types: `property`, `classmethod` and `staticmethod`
//! constructors and the property copy-with methods.

use crate::args;
use crate::obj::*;
use crate::types::{add_method, add_staticmethod};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

fn property_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    let a = args::bind(
        vm,
        "property",
        &args[1..],
        kw,
        &["fget", "fset", "fdel", "doc"],
        0,
    )?;
    let g = a[0].unwrap_or(Value::None);
    let s = a[1].unwrap_or(Value::None);
    let d = a[2].unwrap_or(Value::None);
    vm.alloc_val(Obj::Property(g, s, d))
}

fn prop_parts(vm: &mut Vm, v: Value) -> PyResult<(Value, Value, Value)> {
    match v {
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Property(a, b, c) => Ok((*a, *b, *c)),
            _ => vm.type_error("descriptor requires a 'property' object"),
        },
        _ => vm.type_error("descriptor requires a 'property' object"),
    }
}

fn prop_getter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "getter", args, kw, 1, 1)?;
    let (_, s, d) = prop_parts(vm, args[0])?;
    vm.alloc_val(Obj::Property(args[1], s, d))
}

fn prop_setter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "setter", args, kw, 1, 1)?;
    let (g, _, d) = prop_parts(vm, args[0])?;
    vm.alloc_val(Obj::Property(g, args[1], d))
}

fn prop_deleter(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "deleter", args, kw, 1, 1)?;
    let (g, s, _) = prop_parts(vm, args[0])?;
    vm.alloc_val(Obj::Property(g, s, args[1]))
}

fn prop_get(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__get__", args, kw, 1, 2)?;
    let (g, _, _) = prop_parts(vm, args[0])?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    if g.is_none() {
        return vm.attr_error("unreadable attribute");
    }
    vm.call(g, &[args[1]])
}

fn prop_set(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__set__", args, kw, 2, 2)?;
    let (_, s, _) = prop_parts(vm, args[0])?;
    if s.is_none() {
        return vm.attr_error("can't set attribute");
    }
    vm.call(s, &[args[1], args[2]])?;
    Ok(Value::None)
}

fn classmethod_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check(vm, "classmethod", &args[1..], kw, 1, 1)?;
    vm.alloc_val(Obj::ClassMethod(args[1]))
}

fn staticmethod_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check(vm, "staticmethod", &args[1..], kw, 1, 1)?;
    vm.alloc_val(Obj::StaticMethod(args[1]))
}

fn function_get(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "__get__", args, kw, 1, 2)?;
    if args[1].is_none() {
        return Ok(args[0]);
    }
    vm.alloc_val(Obj::BoundMethod(args[0], args[1]))
}

pub fn init(vm: &mut Vm) {
    let p = vm.types.property;
    add_staticmethod(vm, p, "__new__", property_new);
    for (n, f) in [
        ("getter", prop_getter as NativeFnPtr),
        ("setter", prop_setter),
        ("deleter", prop_deleter),
        ("__get__", prop_get),
        ("__set__", prop_set),
    ] {
        add_method(vm, p, n, f);
    }
    let c = vm.types.classmethod;
    add_staticmethod(vm, c, "__new__", classmethod_new);
    let s = vm.types.staticmethod;
    add_staticmethod(vm, s, "__new__", staticmethod_new);
    let f = vm.types.function;
    add_method(vm, f, "__get__", function_get);
}
