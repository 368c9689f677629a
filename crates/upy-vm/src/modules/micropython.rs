//! The `micropython` module: `const`, optimisation level, memory
//! information, heap locking, and the code-emitter decorators (which run
//! their function as ordinary bytecode).

use crate::native::{Args, Native};
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

fn identity(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(a.arg(0))
}

fn opt_level(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.get(0) {
        None => Ok(Value::Int(vm.optimize as i64)),
        Some(v) => {
            let n = crate::objects::int::to_i64(vm, v)?;
            vm.optimize = n.clamp(0, 3) as u8;
            Ok(Value::None)
        }
    }
}

fn mem_info(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let used = vm.heap.bytes.saturating_sub(vm.heap.base);
    let total = vm.heap.limit.saturating_sub(vm.heap.base);
    let s = format!(
        "stack: {} out of {}\nGC: total: {}, used: {}, free: {}\n No. of 1-blocks: {}, 2-blocks: 0, max blk sz: 0, max free sz: {}\n",
        vm.frames.len(),
        vm.recursion_limit,
        total,
        used,
        total.saturating_sub(used),
        vm.heap.live_objects(),
        total.saturating_sub(used) / 16
    );
    crate::builtins::write_stdout(vm, &s)?;
    Ok(Value::None)
}

fn qstr_info(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let n = vm.interned_count();
    crate::builtins::write_stdout(
        vm,
        &format!(
            "qstr pool: n_pool=1, n_qstr={}, n_str_data_bytes=0, n_total_bytes=0\n",
            n
        ),
    )?;
    Ok(Value::None)
}

fn heap_lock(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    vm.heap.lock_depth += 1;
    Ok(Value::None)
}

fn heap_unlock(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    vm.heap.lock_depth = vm.heap.lock_depth.saturating_sub(1);
    Ok(Value::Int(vm.heap.lock_depth as i64))
}

fn heap_locked(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.heap.lock_depth as i64))
}

fn kbd_intr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    vm.kbd_intr_char = crate::objects::int::to_i64(vm, a.arg(0))?;
    Ok(Value::None)
}

/// As MicroPython: the callback waits in a small queue and runs at the next
/// safe point where no other scheduled callback is running.
fn schedule(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if vm.scheduled.len() >= crate::vm::SCHEDULER_DEPTH {
        let t = vm.types.runtime_error;
        return vm.err(t, "schedule queue full");
    }
    vm.scheduled.push_back((a.arg(0), a.arg(1)));
    vm.heap.work_due = true;
    Ok(Value::None)
}

fn stack_use(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.frames.len() as i64 * 64))
}

fn alloc_emergency(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `mem_total()`, `mem_current()`, `mem_peak()`: bytes the program ever
/// allocated, has allocated now, and had at most (the interpreter's own
/// objects left out, as `gc.mem_alloc` does).
fn mem_total(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let base = vm.heap.base as u64;
    Ok(Value::Int(
        vm.heap.total_allocated().saturating_sub(base) as i64
    ))
}

fn mem_current(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(vm.heap.bytes.saturating_sub(vm.heap.base) as i64))
}

fn mem_peak(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(
        vm.heap.peak().saturating_sub(vm.heap.base) as i64
    ))
}

const FUNCTIONS: &[Native] = &[
    Native::new("mem_total()", mem_total),
    Native::new("mem_current()", mem_current),
    Native::new("mem_peak()", mem_peak),
    Native::new("const(expr, /)", identity),
    Native::new("native(f, /)", identity),
    Native::new("viper(f, /)", identity),
    Native::new("bytecode(f, /)", identity),
    Native::new("opt_level(level=..., /)", opt_level),
    Native::new("mem_info(verbose=..., /)", mem_info),
    Native::new("qstr_info(verbose=..., /)", qstr_info),
    Native::new("heap_lock()", heap_lock),
    Native::new("heap_unlock()", heap_unlock),
    Native::new("heap_locked()", heap_locked),
    Native::new("kbd_intr(chr, /)", kbd_intr),
    Native::new("schedule(function, arg, /)", schedule),
    Native::new("stack_use()", stack_use),
    Native::new("alloc_emergency_exception_buf(size, /)", alloc_emergency),
];

pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = vm.new_module("micropython")?;
    vm.roots.push(Value::Obj(m));
    vm.module_natives(m, FUNCTIONS)?;
    Ok(m)
}
