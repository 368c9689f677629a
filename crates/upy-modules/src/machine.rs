//! The `machine` module as MicroPython's unix port has it, without pins:
//! `idle`, `soft_reset` and `reset` (both end the program as
//! `sys.exit()` does), `unique_id`, `freq`, `time_pulse_us`, and `mem8`/
//! `mem16`/`mem32`, which refuse: no Python code may read or write memory
//! by address.

use upy_vm::native::{Args, Native};
use upy_vm::obj::BaseKind;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

fn m_idle(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    std::thread::yield_now();
    Ok(Value::None)
}

/// `soft_reset()`/`reset()`: the program ends, as the unix port's
/// `soft_reset` (its `sys.exit`) does.
fn m_reset(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let t = vm.types.system_exit;
    Err(vm.new_exc_args(t, vec![]))
}

/// Eight bytes naming this machine: the host's machine id when it has
/// one, else its host name, folded.
fn m_unique_id(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let text = std::fs::read_to_string("/etc/machine-id")
        .or_else(|_| std::fs::read_to_string("/proc/sys/kernel/hostname"))
        .unwrap_or_default();
    let mut id = [0u8; 8];
    for (i, b) in text.trim().bytes().enumerate() {
        id[i % 8] = id[i % 8].rotate_left(3) ^ b;
    }
    vm.new_bytes(id.to_vec())
}

/// The CPU frequency in Hz, from the host when it tells.
fn m_freq(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.get(0).is_some() {
        // A host's frequency is not the program's to set.
        return Ok(Value::None);
    }
    let khz = std::fs::read_to_string("/sys/devices/system/cpu/cpu0/cpufreq/scaling_cur_freq")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok());
    let mhz = || -> Option<f64> {
        let info = std::fs::read_to_string("/proc/cpuinfo").ok()?;
        let line = info.lines().find(|l| l.starts_with("cpu MHz"))?;
        line.split(':').nth(1)?.trim().parse().ok()
    };
    let hz = match khz {
        Some(k) => k * 1000,
        None => mhz().map_or(0, |m| (m * 1e6) as i64),
    };
    Ok(Value::Int(hz))
}

/// `time_pulse_us(pin, level, timeout_us=1000000)`: no pins here, so the
/// wait always times out (-2), as it would on a pin that never changes.
fn m_time_pulse_us(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(-2))
}

fn mem_refused(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    vm.os_error(1, "upy does not read or write memory by address")
}

const MEM_METHODS: &[Native] = &[
    Native::slot("__getitem__(self, key, /)", mem_refused),
    Native::slot("__setitem__(self, key, value, /)", mem_refused),
];

const FUNCTIONS: &[Native] = &[
    Native::new("idle()", m_idle),
    Native::new("soft_reset()", m_reset),
    Native::new("reset()", m_reset),
    Native::new("unique_id()", m_unique_id),
    Native::new("freq(hz=..., /)", m_freq),
    Native::new(
        "time_pulse_us(pin, pulse_level, timeout_us=1000000, /)",
        m_time_pulse_us,
    ),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "machine", FUNCTIONS)?;
    let t = match vm.native_types.get("machine.mem") {
        Some(&t) => t,
        None => {
            let t = util::declared_type(vm, "mem", "machine", None, BaseKind::Object, MEM_METHODS)?;
            vm.native_types.insert("machine.mem", t);
            t
        }
    };
    for name in ["mem8", "mem16", "mem32"] {
        let obj = vm.call(Value::Obj(t), &[])?;
        vm.module_set(m, name, obj)?;
    }
    Ok(m)
}
