//! The `gc` module: explicit collection and heap statistics.

use crate::native::{Args, Native};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

const FUNCTIONS: &[Native] = &[
    Native::new("collect(generation=2)", collect),
    Native::new("enable()", enable),
    Native::new("disable()", disable),
    Native::new("isenabled()", isenabled),
    Native::new("mem_free()", mem_free),
    Native::new("mem_alloc()", mem_alloc),
    Native::new("threshold(amount=..., /)", threshold),
];

fn collect(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    let before = vm.heap.live_objects();
    vm.collect_garbage();
    vm.run_weak_callbacks();
    vm.run_finalizers();
    // The number of objects freed, as CPython reports unreachable ones.
    Ok(Value::Int(
        before.saturating_sub(vm.heap.live_objects()) as i64
    ))
}

fn enable(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    vm.heap.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    vm.heap.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.heap.enabled))
}

fn mem_free(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(
        vm.heap.limit.saturating_sub(vm.heap.bytes) as i64
    ))
}

fn mem_alloc(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.heap.bytes.saturating_sub(vm.heap.base) as i64))
}

fn threshold(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.get(0) {
        None => Ok(Value::Int(
            vm.heap.threshold.map(|t| t as i64).unwrap_or(-1),
        )),
        Some(v) => {
            let n = crate::objects::int::to_i64(vm, v)?;
            vm.heap.threshold = if n < 0 { None } else { Some(n as usize) };
            Ok(Value::None)
        }
    }
}

pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = vm.new_module("gc")?;
    vm.roots.push(Value::Obj(m));
    vm.module_natives(m, FUNCTIONS)?;
    Ok(m)
}
