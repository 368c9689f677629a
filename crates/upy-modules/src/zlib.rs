//! CPython's `zlib`, so portable programs work: `compress`,
//! `decompress` (zlib, raw deflate and gzip framing by `wbits`), `crc32`,
//! `adler32`, `zlib.error` and the constants. `miniz_oxide` does the
//! compression; its output is valid deflate data but not byte for byte
//! what the C zlib produces.

use miniz_oxide::inflate::TINFLStatus;
use upy_vm::native::{Args, Native};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

/// How a stream is framed, from `wbits`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Framing {
    Zlib,
    Raw,
    Gzip,
    /// Decompression only: zlib or gzip, by the header.
    Auto,
}

fn error_class(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get("zlib.error") {
        return Ok(t);
    }
    let base = vm.types.exception;
    let t = util::new_exception_class(vm, "error", "zlib", base)?;
    vm.native_types.insert("zlib.error", t);
    Ok(t)
}

fn zlib_error<T>(vm: &mut Vm, msg: &str) -> PyResult<T> {
    let t = error_class(vm)?;
    vm.err(t, msg)
}

fn data_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    upy_vm::objects::bytes::buffer_bytes(vm, v)
}

fn gzip_header() -> Vec<u8> {
    // No name, no time; "unix" as the C zlib writes it.
    vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]
}

fn z_compress(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let data = data_arg(vm, a.arg(0))?;
    let level = match a.get(1) {
        Some(v) => util::i64_arg(vm, v)?,
        None => -1,
    };
    let wbits = match a.get(2) {
        Some(v) => util::i64_arg(vm, v)?,
        None => 15,
    };
    let framing = match wbits {
        9..=15 => Framing::Zlib,
        -15..=-9 => Framing::Raw,
        25..=31 => Framing::Gzip,
        // The C zlib refuses both the same way.
        _ => return zlib_error(vm, "Bad compression level"),
    };
    let level = match level {
        -1 => 6,
        0..=9 => level as u8,
        _ => return zlib_error(vm, "Bad compression level"),
    };
    vm.check_alloc(data.len() / 2 + 64)?;
    let out = match framing {
        Framing::Zlib => miniz_oxide::deflate::compress_to_vec_zlib(&data, level),
        Framing::Raw => miniz_oxide::deflate::compress_to_vec(&data, level),
        _ => {
            let mut out = gzip_header();
            out.extend(miniz_oxide::deflate::compress_to_vec(&data, level));
            out.extend(crc32fast::hash(&data).to_le_bytes());
            out.extend((data.len() as u32).to_le_bytes());
            out
        }
    };
    vm.new_bytes(out)
}

/// The deflate data of a gzip member and its trailer's CRC and size.
fn gzip_body(data: &[u8]) -> Option<(&[u8], u32, u32)> {
    if data.len() < 18 || data[0] != 0x1f || data[1] != 0x8b || data[2] != 8 {
        return None;
    }
    let flags = data[3];
    let mut at = 10;
    if flags & 4 != 0 {
        let n = u16::from_le_bytes([*data.get(at)?, *data.get(at + 1)?]) as usize;
        at += 2 + n;
    }
    for bit in [8, 16] {
        if flags & bit != 0 {
            at += data.get(at..)?.iter().position(|&b| b == 0)? + 1;
        }
    }
    if flags & 2 != 0 {
        at += 2;
    }
    let end = data.len() - 8;
    let body = data.get(at..end)?;
    let crc = u32::from_le_bytes(data[end..end + 4].try_into().ok()?);
    let size = u32::from_le_bytes(data[end + 4..].try_into().ok()?);
    Some((body, crc, size))
}

fn z_decompress(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let data = data_arg(vm, a.arg(0))?;
    let wbits = match a.get(1) {
        Some(v) => util::i64_arg(vm, v)?,
        None => 15,
    };
    if let Some(v) = a.get(2) {
        if util::i64_arg(vm, v)? < 0 {
            return vm.value_error("bufsize must be non-negative");
        }
    }
    let framing = match wbits {
        0 | 8..=15 => Framing::Zlib,
        -15..=-8 => Framing::Raw,
        24..=31 => Framing::Gzip,
        40..=47 => Framing::Auto,
        _ => return vm.value_error("Invalid initialization option"),
    };
    let framing = match framing {
        Framing::Auto if data.starts_with(&[0x1f, 0x8b]) => Framing::Gzip,
        Framing::Auto => Framing::Zlib,
        f => f,
    };
    // Inflating is bounded by what the heap could still hold, so a small
    // input that expands enormously raises MemoryError.
    let limit = vm.heap.limit.saturating_sub(vm.heap.bytes).max(1 << 16);
    let result = match framing {
        Framing::Zlib => {
            if data.len() >= 2
                && (data[0] & 0x0f != 8 || (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 != 0)
            {
                return zlib_error(
                    vm,
                    "Error -3 while decompressing data: incorrect header check",
                );
            }
            miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&data, limit)
        }
        Framing::Raw => miniz_oxide::inflate::decompress_to_vec_with_limit(&data, limit),
        _ => {
            let Some((body, crc, size)) = gzip_body(&data) else {
                let msg = if data.len() < 18 {
                    "Error -5 while decompressing data: incomplete or truncated stream"
                } else {
                    "Error -3 while decompressing data: incorrect header check"
                };
                return zlib_error(vm, msg);
            };
            let r = miniz_oxide::inflate::decompress_to_vec_with_limit(body, limit);
            if let Ok(out) = &r {
                if crc32fast::hash(out) != crc || out.len() as u32 != size {
                    return zlib_error(
                        vm,
                        "Error -3 while decompressing data: incorrect data check",
                    );
                }
            }
            r
        }
    };
    match result {
        Ok(out) => {
            vm.check_alloc(out.len())?;
            vm.new_bytes(out)
        }
        Err(e) => match e.status {
            TINFLStatus::HasMoreOutput => Err(vm.out_of_memory()),
            TINFLStatus::FailedCannotMakeProgress | TINFLStatus::NeedsMoreInput => zlib_error(
                vm,
                "Error -5 while decompressing data: incomplete or truncated stream",
            ),
            TINFLStatus::Adler32Mismatch => zlib_error(
                vm,
                "Error -3 while decompressing data: incorrect data check",
            ),
            _ => zlib_error(vm, "Error -3 while decompressing data: invalid data"),
        },
    }
}

/// A running checksum's starting value: any integer, taken modulo 2**32.
fn start_value(vm: &mut Vm, v: Option<Value>, default: u32) -> PyResult<u32> {
    match v {
        None => Ok(default),
        Some(v) => {
            let n = util::int_arg(vm, v)?;
            let m: num_bigint::BigInt = n & num_bigint::BigInt::from(u32::MAX);
            Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
        }
    }
}

fn z_crc32(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let data = data_arg(vm, a.arg(0))?;
    let start = start_value(vm, a.get(1), 0)?;
    let mut h = crc32fast::Hasher::new_with_initial(start);
    h.update(&data);
    Ok(Value::Int(h.finalize() as i64))
}

fn z_adler32(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let data = data_arg(vm, a.arg(0))?;
    let start = start_value(vm, a.get(1), 1)?;
    const MOD: u32 = 65521;
    let (mut s1, mut s2) = (start & 0xffff, start >> 16);
    // Sums of up to 5552 bytes cannot overflow before the reduction.
    for chunk in data.chunks(5552) {
        for &b in chunk {
            s1 += u32::from(b);
            s2 += s1;
        }
        s1 %= MOD;
        s2 %= MOD;
    }
    Ok(Value::Int(((s2 << 16) | s1) as i64))
}

const FUNCTIONS: &[Native] = &[
    Native::new("compress(data, /, level=-1, wbits=15)", z_compress),
    Native::new("decompress(data, /, wbits=15, bufsize=16384)", z_decompress),
    Native::new("crc32(data, value=0, /)", z_crc32),
    Native::new("adler32(data, value=1, /)", z_adler32),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "zlib", FUNCTIONS)?;
    let e = error_class(vm)?;
    vm.module_set(m, "error", Value::Obj(e))?;
    for (name, v) in [
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", 16384),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
    ] {
        vm.module_set(m, name, Value::Int(v))?;
    }
    Ok(m)
}
