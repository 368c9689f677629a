//! `slice` objects: construction and `indices()`.

use crate::native::{Args, Native};
use crate::obj::*;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;

fn slice_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (start, stop, step) = match (a.get(0), a.get(1), a.get(2)) {
        (Some(stop), None, _) => (Value::None, stop, Value::None),
        (Some(start), Some(stop), step) => (start, stop, step.unwrap_or(Value::None)),
        // Binding made sure the first argument is there.
        (None, ..) => (Value::None, Value::None, Value::None),
    };
    vm.alloc_val(Obj::Slice(start, stop, step))
}

fn slice_indices(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = crate::objects::seq_ops::index_value(vm, a.arg(0), "")?;
    if n < 0 {
        return vm.value_error("length should not be negative");
    }
    let (b, e, s) = crate::objects::seq_ops::slice_indices(vm, a.this(), n as usize)?;
    // The normalised stop for an empty negative-step slice is -1.
    vm.new_tuple(vec![Value::Int(b), Value::Int(e), Value::Int(s)])
}

const METHODS: &[Native] = &[
    Native::new("slice(cls, start, stop=..., step=..., /)", slice_new).at("__new__"),
    Native::new("indices(self, length, /)", slice_indices),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    crate::types::add_natives(vm, vm.types.slice, METHODS)
}
