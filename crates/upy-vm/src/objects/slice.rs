//! `slice` objects: construction and `indices()`.

use crate::args;
use crate::obj::*;
use crate::types::{add_method, add_staticmethod};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

fn slice_new(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    if !kw.is_empty() {
        return vm.type_error("slice() takes no keyword arguments");
    }
    let a = &args[1..];
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0], Value::None),
        2 => (a[0], a[1], Value::None),
        3 => (a[0], a[1], a[2]),
        0 => return vm.type_error("slice expected at least 1 argument, got 0"),
        n => return vm.type_error(format!("slice expected at most 3 arguments, got {}", n)),
    };
    vm.alloc_val(Obj::Slice(start, stop, step))
}

fn slice_indices(vm: &mut Vm, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
    args::check_method(vm, "indices", args, kw, 1, 1)?;
    let n = crate::objects::seq_ops::index_value(vm, args[1], "")?;
    if n < 0 {
        return vm.value_error("length should not be negative");
    }
    let (a, b, s) = crate::objects::seq_ops::slice_indices(vm, args[0], n as usize)?;
    // The normalised stop for an empty negative-step slice is -1.
    vm.new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(s)])
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.slice;
    add_staticmethod(vm, t, "__new__", slice_new);
    add_method(vm, t, "indices", slice_indices);
}
