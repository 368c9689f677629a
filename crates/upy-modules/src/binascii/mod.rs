//! The `binascii` module: hexadecimal (`hexlify`, `unhexlify` and their
//! `b2a_hex`/`a2b_hex` names), base64 lines and CRC-32, with CPython's
//! argument conversions and messages, and `binascii.Error` (a ValueError)
//! for bad data.

mod base64;
mod hex;

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use upy_vm::native::{Args, Native};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

/// Raise `binascii.Error(msg)`.
fn error<T>(vm: &mut Vm, msg: impl AsRef<str>) -> PyResult<T> {
    let t = vm
        .native_types
        .get("binascii.Error")
        .copied()
        .unwrap_or(vm.types.value_error);
    vm.err(t, msg)
}

/// The bytes of an argument of the `a2b_*` functions: a bytes-like
/// object or a str of ASCII characters (CPython's `ascii_buffer`).
fn ascii_data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(s) = vm.as_str(v) {
        if !s.is_ascii() {
            return vm.value_error("string argument should contain only ASCII characters");
        }
        return Ok(s.as_bytes().to_vec());
    }
    match upy_vm::objects::bytes::try_buffer_bytes(vm, v) {
        Some(b) => Ok(b),
        None => {
            let t = vm.value_tp_name(v);
            vm.type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{}'",
                t
            ))
        }
    }
}

/// A C `int` argument through `__index__`, with CPython's OverflowError.
fn c_int(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let b = util::int_arg(vm, v)?;
    match b.to_i32() {
        Some(i) => Ok(i),
        None => vm.overflow_error("Python int too large to convert to C int"),
    }
}

/// A flag CPython takes as a C int (`strict_mode`, `newline`): any
/// integer, true when not zero.
fn flag(vm: &mut Vm, a: &Args, i: usize) -> PyResult<bool> {
    let v = a.value(vm, i)?;
    Ok(c_int(vm, v)? != 0)
}

/// `crc32(data, crc=0, /)`: zlib's CRC-32, continuing from `crc` (any
/// integer, of which the low 32 bits count).
fn crc32(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let data = upy_vm::objects::bytes::buffer_bytes(vm, a.arg(0))?;
    let start = match a.get(1) {
        Some(v) => {
            let b = util::int_arg(vm, v)? & BigInt::from(u32::MAX);
            b.to_u32().unwrap_or(0)
        }
        None => 0,
    };
    // littlefs's CRC is zlib's without the inversions on entry and exit.
    let crc = !upy_fs::lfs::crc::crc32(!start, &data);
    Ok(Value::Int(i64::from(crc)))
}

const FUNCTIONS: &[Native] = &[
    Native::new("hexlify(data, sep=..., bytes_per_sep=1)", hex::hexlify),
    Native::new("b2a_hex(data, sep=..., bytes_per_sep=1)", hex::hexlify),
    Native::new("unhexlify(hexstr, /)", hex::unhexlify),
    Native::new("a2b_hex(hexstr, /)", hex::unhexlify),
    Native::new(
        "a2b_base64(data, /, *, strict_mode=False)",
        base64::a2b_base64,
    ),
    Native::new("b2a_base64(data, /, *, newline=True)", base64::b2a_base64),
    Native::new("crc32(data, crc=0, /)", crc32),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "binascii", FUNCTIONS)?;
    for (name, key, base) in [
        ("Error", "binascii.Error", vm.types.value_error),
        ("Incomplete", "binascii.Incomplete", vm.types.exception),
    ] {
        let t = match vm.native_types.get(key) {
            Some(&t) => t,
            None => {
                let t = util::new_exception_class(vm, name, "binascii", base)?;
                vm.native_types.insert(key, t);
                t
            }
        };
        vm.module_set(m, name, Value::Obj(t))?;
    }
    Ok(m)
}
