//! The `micropython` module: `const`, optimisation level, memory
//! information, heap locking, and the code-emitter decorators (which run
//! their function as ordinary bytecode).

use crate::args;
use crate::value::{Gc, Value};
use crate::vm::Vm;
use crate::PyResult;

type Kw<'a> = &'a [(Value, Value)];

fn identity(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "const", args, kw, 1, 1)?;
    Ok(args[0])
}

fn opt_level(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "opt_level", args, kw, 0, 1)?;
    match args.first() {
        None => Ok(Value::Int(vm.optimize as i64)),
        Some(&v) => {
            let n = crate::objects::int::to_i64(vm, v)?;
            vm.optimize = n.clamp(0, 3) as u8;
            Ok(Value::None)
        }
    }
}

fn mem_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "mem_info", args, kw, 0, 1)?;
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

fn qstr_info(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "qstr_info", args, kw, 0, 1)?;
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

fn heap_lock(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "heap_lock", args, kw, 0, 0)?;
    vm.heap.lock_depth += 1;
    Ok(Value::None)
}

fn heap_unlock(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "heap_unlock", args, kw, 0, 0)?;
    vm.heap.lock_depth = vm.heap.lock_depth.saturating_sub(1);
    Ok(Value::Int(vm.heap.lock_depth as i64))
}

fn heap_locked(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "heap_locked", args, kw, 0, 0)?;
    Ok(Value::Int(vm.heap.lock_depth as i64))
}

fn kbd_intr(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "kbd_intr", args, kw, 1, 1)?;
    vm.kbd_intr_char = crate::objects::int::to_i64(vm, args[0])?;
    Ok(Value::None)
}

/// As MicroPython: the callback waits in a small queue and runs at the next
/// safe point where no other scheduled callback is running.
fn schedule(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "schedule", args, kw, 2, 2)?;
    if vm.scheduled.len() >= crate::vm::SCHEDULER_DEPTH {
        let t = vm.types.runtime_error;
        return vm.err(t, "schedule queue full");
    }
    vm.scheduled.push_back((args[0], args[1]));
    vm.heap.work_due = true;
    Ok(Value::None)
}

fn stack_use(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "stack_use", args, kw, 0, 0)?;
    Ok(Value::Int(vm.frames.len() as i64 * 64))
}

fn alloc_emergency(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    args::check(vm, "alloc_emergency_exception_buf", args, kw, 1, 1)?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = vm.new_module("micropython")?;
    vm.roots.push(Value::Obj(m));
    for (n, f) in [
        ("const", identity as crate::obj::NativeFnPtr),
        ("native", identity),
        ("viper", identity),
        ("bytecode", identity),
        ("opt_level", opt_level),
        ("mem_info", mem_info),
        ("qstr_info", qstr_info),
        ("heap_lock", heap_lock),
        ("heap_unlock", heap_unlock),
        ("heap_locked", heap_locked),
        ("kbd_intr", kbd_intr),
        ("schedule", schedule),
        ("stack_use", stack_use),
        ("alloc_emergency_exception_buf", alloc_emergency),
    ] {
        vm.module_fn(m, n, f)?;
    }
    Ok(m)
}
