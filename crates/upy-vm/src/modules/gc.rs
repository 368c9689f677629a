//! The `gc` module: explicit collection and heap statistics.

use crate::args;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

type Kw<'a> = &'a [(Value, Value)];

fn collect(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "collect", args, kw, 0, 1)?;
    let before = vm.heap.live_objects();
    vm.collect_garbage();
    vm.run_weak_callbacks();
    vm.run_finalizers();
    // The number of objects freed, as CPython reports unreachable ones.
    Ok(Value::Int(
        before.saturating_sub(vm.heap.live_objects()) as i64
    ))
}

fn enable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "enable", args, kw, 0, 0)?;
    vm.heap.enabled = true;
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "disable", args, kw, 0, 0)?;
    vm.heap.enabled = false;
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "isenabled", args, kw, 0, 0)?;
    Ok(Value::Bool(vm.heap.enabled))
}

fn mem_free(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "mem_free", args, kw, 0, 0)?;
    Ok(Value::Int(
        vm.heap.limit.saturating_sub(vm.heap.bytes) as i64
    ))
}

fn mem_alloc(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "mem_alloc", args, kw, 0, 0)?;
    Ok(Value::Int(vm.heap.bytes.saturating_sub(vm.heap.base) as i64))
}

fn threshold(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "threshold", args, kw, 0, 1)?;
    match args.first() {
        None => Ok(Value::Int(
            vm.heap.threshold.map(|t| t as i64).unwrap_or(-1),
        )),
        Some(&v) => {
            let n = crate::objects::int::to_i64(vm, v)?;
            vm.heap.threshold = if n < 0 { None } else { Some(n as usize) };
            Ok(Value::None)
        }
    }
}

pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = vm.new_module("gc")?;
    vm.roots.push(Value::Obj(m));
    for (n, f) in [
        ("collect", collect as crate::obj::NativeFnPtr),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("mem_free", mem_free),
        ("mem_alloc", mem_alloc),
        ("threshold", threshold),
    ] {
        vm.module_fn(m, n, f)?;
    }
    Ok(m)
}
