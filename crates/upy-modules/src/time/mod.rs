//! The `time` module: CPython's clocks and calendar functions plus
//! MicroPython's `sleep_ms`/`sleep_us` and `ticks_*` family. Local time
//! is UTC (upy reads no time-zone database).

mod calendar;

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use upy_vm::objects::dict::dict_get_str;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use upy_vm::native::{Args, Native};

use crate::util;
use calendar::Tm;

const SOURCE: &str = include_str!("struct_time.py");

/// Period of the `ticks_*` values (MicroPython's small-int range on
/// 32-bit ports).
const TICKS_PERIOD: i64 = 1 << 30;

fn start() -> Instant {
    static START: OnceLock<Instant> = OnceLock::new();
    *START.get_or_init(Instant::now)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
}

fn t_time(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Float(since_epoch().as_secs_f64()))
}

fn t_time_ns(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(since_epoch().as_nanos() as i64))
}

fn t_monotonic(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Float(start().elapsed().as_secs_f64()))
}

fn t_monotonic_ns(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(Value::Int(start().elapsed().as_nanos() as i64))
}

/// Seconds for `sleep` (and `gmtime`): an int or float.
fn seconds_arg(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match vm.unwrap_base(v) {
        Value::Float(f) => Ok(f),
        _ => {
            let b = util::int_arg(vm, v)?;
            Ok(num_traits::ToPrimitive::to_f64(&b).unwrap_or(f64::INFINITY))
        }
    }
}

fn sleep_for(vm: &mut Vm, secs: f64) -> PyResult<Value> {
    if secs.is_nan() {
        return vm.value_error("Invalid value NaN (not a number)");
    }
    if secs < 0.0 {
        return vm.value_error("sleep length must be non-negative");
    }
    if secs > 1e10 {
        return vm.overflow_error("sleep length is too large");
    }
    vm.flush_stdout();
    // Ctrl-C ends the sleep at once with KeyboardInterrupt.
    upy_vm::stdio::sleep(vm, Duration::from_secs_f64(secs))?;
    Ok(Value::None)
}

fn t_sleep(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let secs = seconds_arg(vm, a.arg(0))?;
    sleep_for(vm, secs)
}

fn t_sleep_ms(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let ms = util::i64_arg(vm, a.arg(0))?;
    sleep_for(vm, ms.max(0) as f64 / 1e3)
}

fn t_sleep_us(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let us = util::i64_arg(vm, a.arg(0))?;
    sleep_for(vm, us.max(0) as f64 / 1e6)
}

fn ticks(units_per_sec: u128) -> Value {
    let n = start().elapsed().as_nanos() * units_per_sec / 1_000_000_000;
    Value::Int((n % TICKS_PERIOD as u128) as i64)
}

fn t_ticks_ms(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(ticks(1_000))
}

fn t_ticks_us(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(ticks(1_000_000))
}

fn t_ticks_cpu(_: &mut Vm, _: &Args) -> PyResult<Value> {
    Ok(ticks(1_000_000_000))
}

fn t_ticks_diff(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = util::i64_arg(vm, args.arg(0))?;
    let b = util::i64_arg(vm, args.arg(1))?;
    let half = TICKS_PERIOD / 2;
    let d = (a.wrapping_sub(b).wrapping_add(half)) & (TICKS_PERIOD - 1);
    Ok(Value::Int(d - half))
}

fn t_ticks_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = util::i64_arg(vm, a.arg(0))?;
    let d = util::i64_arg(vm, a.arg(1))?;
    // -PERIOD/2 too: ticks_diff(T, ticks_add(T, d)) must be -d.
    if !(-TICKS_PERIOD / 2 + 1..TICKS_PERIOD / 2).contains(&d) {
        return vm.overflow_error("ticks interval overflow");
    }
    Ok(Value::Int(t.wrapping_add(d) & (TICKS_PERIOD - 1)))
}

/// The seconds argument of gmtime/localtime/ctime (None: now).
fn when(vm: &mut Vm, a: &Args) -> PyResult<i64> {
    match a.get(0) {
        None | Some(Value::None) => Ok(since_epoch().as_secs() as i64),
        Some(v) => {
            let f = seconds_arg(vm, v)?;
            if !f.is_finite() || f.abs() > 1e17 {
                return vm.overflow_error("timestamp out of range for platform time_t");
            }
            Ok(f.floor() as i64)
        }
    }
}

/// A `struct_time` for `tm`.
fn struct_time(vm: &mut Vm, tm: &Tm, zone: &str) -> PyResult<Value> {
    let z = vm.new_str(zone)?;
    let fields = vec![
        Value::Int(tm.year),
        Value::Int(tm.mon),
        Value::Int(tm.mday),
        Value::Int(tm.hour),
        Value::Int(tm.min),
        Value::Int(tm.sec),
        Value::Int(tm.wday),
        Value::Int(tm.yday),
        Value::Int(tm.isdst),
        z,
        Value::Int(0),
    ];
    let t = vm.new_tuple(fields)?;
    vm.roots.push(t);
    let cls = struct_time_class(vm)?;
    vm.call(cls, &[t])
}

fn struct_time_class(vm: &mut Vm) -> PyResult<Value> {
    let m = vm.import_module("time")?;
    let k = vm.intern("struct_time");
    let d = m.as_gc().and_then(|g| vm.module_dict(g));
    match d.and_then(|d| dict_get_str(vm, d, k)) {
        Some(c) => Ok(c),
        None => vm.attr_error("module 'time' has no attribute 'struct_time'"),
    }
}

fn t_gmtime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = when(vm, a)?;
    struct_time(vm, &calendar::gmtime(t), "GMT")
}

fn t_localtime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = when(vm, a)?;
    struct_time(vm, &calendar::gmtime(t), "UTC")
}

/// A broken-down time from a 9-sequence.
fn tm_arg(vm: &mut Vm, v: Value, name: &str) -> PyResult<Tm> {
    let items = match vm.collect_iterable(v) {
        Ok(i) if i.len() >= 9 => i,
        _ => return vm.type_error(format!("{}(): illegal time tuple argument", name)),
    };
    let mut f = [0i64; 9];
    for (slot, v) in f.iter_mut().zip(items) {
        *slot = util::i64_arg(vm, v)?;
    }
    Ok(Tm {
        year: f[0],
        mon: f[1],
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6],
        yday: f[7],
        isdst: f[8],
    })
}

fn t_mktime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let tm = tm_arg(vm, a.arg(0), "mktime")?;
    Ok(Value::Float(calendar::timegm(&tm) as f64))
}

/// The broken-down time of an optional tuple argument (default: now).
fn tm_or_now(vm: &mut Vm, v: Option<Value>, name: &str) -> PyResult<Tm> {
    match v {
        None => Ok(calendar::gmtime(since_epoch().as_secs() as i64)),
        Some(v) => tm_arg(vm, v, name),
    }
}

fn t_asctime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let tm = tm_or_now(vm, a.get(0), "asctime")?;
    vm.new_string(calendar::asctime(&tm))
}

fn t_ctime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = when(vm, a)?;
    vm.new_string(calendar::asctime(&calendar::gmtime(t)))
}

fn t_strftime(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = a.arg(0);
    let fmt = vm.expect_str(f, "strftime() argument 1")?;
    let tm = tm_or_now(vm, a.get(1), "strftime")?;
    vm.new_string(calendar::strftime(&fmt, &tm, "UTC"))
}

const FUNCTIONS: &[Native] = &[
    Native::new("time()", t_time),
    Native::new("time_ns()", t_time_ns),
    Native::new("monotonic()", t_monotonic),
    Native::new("monotonic_ns()", t_monotonic_ns),
    Native::new("perf_counter()", t_monotonic),
    Native::new("perf_counter_ns()", t_monotonic_ns),
    Native::new("process_time()", t_monotonic),
    Native::new("process_time_ns()", t_monotonic_ns),
    Native::new("sleep(secs, /)", t_sleep),
    Native::new("sleep_ms(ms, /)", t_sleep_ms),
    Native::new("sleep_us(us, /)", t_sleep_us),
    Native::new("ticks_ms()", t_ticks_ms),
    Native::new("ticks_us()", t_ticks_us),
    Native::new("ticks_cpu()", t_ticks_cpu),
    Native::new("ticks_diff(ticks1, ticks2, /)", t_ticks_diff),
    Native::new("ticks_add(ticks, delta, /)", t_ticks_add),
    Native::legacy("gmtime(secs=None, /)", t_gmtime),
    Native::legacy("localtime(secs=None, /)", t_localtime),
    Native::new("mktime(tuple, /)", t_mktime),
    Native::new("asctime(tuple=..., /)", t_asctime),
    Native::legacy("ctime(secs=None, /)", t_ctime),
    Native::legacy("strftime(format, tuple=..., /)", t_strftime),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let _ = start();
    let m = vm.new_module("time")?;
    vm.roots.push(Value::Obj(m));
    vm.module_natives(m, FUNCTIONS)?;
    vm.module_set(m, "timezone", Value::Int(0))?;
    vm.module_set(m, "altzone", Value::Int(0))?;
    vm.module_set(m, "daylight", Value::Int(0))?;
    let utc = vm.new_str("UTC")?;
    let tzname = vm.new_tuple(vec![utc, utc])?;
    vm.module_set(m, "tzname", tzname)?;
    vm.run_module_source(m, SOURCE, "<frozen time>")?;
    Ok(m)
}
