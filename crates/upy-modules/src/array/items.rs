//! The element types of `array`: sizes, and conversion between Python
//! values and native-endian bytes with CPython's range checks.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

/// Typecodes in the order CPython lists them.
pub const TYPECODES: &str = "bBhHiIlLqQfd";

/// Bytes per element of a typecode.
pub fn itemsize(tc: u8) -> usize {
    match tc {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

pub fn is_float(tc: u8) -> bool {
    matches!(tc, b'f' | b'd')
}

/// The value of the element stored in `b` (exactly one element).
pub fn decode(vm: &mut Vm, tc: u8, b: &[u8]) -> PyResult<Value> {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    Ok(match tc {
        b'b' => Value::Int(b[0] as i8 as i64),
        b'B' => Value::Int(b[0] as i64),
        b'h' => Value::Int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => Value::Int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => Value::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'I' => Value::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'f' => Value::Float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Value::Float(f64::from_ne_bytes(w)),
        b'l' | b'q' => Value::Int(i64::from_ne_bytes(w)),
        _ => {
            let u = u64::from_ne_bytes(w);
            match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_bigint(BigInt::from(u))?,
            }
        }
    })
}

/// Overflow messages per typecode: (too large, too small).
fn limits_message(tc: u8) -> (&'static str, &'static str) {
    match tc {
        b'b' => (
            "signed char is greater than maximum",
            "signed char is less than minimum",
        ),
        b'B' => (
            "unsigned byte integer is greater than maximum",
            "unsigned byte integer is less than minimum",
        ),
        b'h' => (
            "signed short integer is greater than maximum",
            "signed short integer is less than minimum",
        ),
        b'H' => (
            "unsigned short is greater than maximum",
            "unsigned short is less than minimum",
        ),
        b'i' => (
            "signed integer is greater than maximum",
            "signed integer is less than minimum",
        ),
        b'I' => (
            "unsigned int is greater than maximum",
            "unsigned int is less than minimum",
        ),
        b'l' | b'q' => (
            "Python int too large to convert to C long",
            "Python int too large to convert to C long",
        ),
        _ => (
            "Python int too large to convert to C unsigned long",
            "can't convert negative int to unsigned",
        ),
    }
}

/// Native-endian bytes of `v` as an element of typecode `tc`.
pub fn encode(vm: &mut Vm, tc: u8, v: Value) -> PyResult<Vec<u8>> {
    let size = itemsize(tc);
    if is_float(tc) {
        let x = util::float_arg(vm, v)?;
        return Ok(if tc == b'f' {
            (x as f32).to_ne_bytes().to_vec()
        } else {
            x.to_ne_bytes().to_vec()
        });
    }
    if matches!(vm.unwrap_base(v), Value::Float(_)) {
        return vm.type_error("'float' object cannot be interpreted as an integer");
    }
    let b = util::int_arg(vm, v)?;
    let (too_big, too_small) = limits_message(tc);
    let signed = matches!(tc, b'b' | b'h' | b'i' | b'l' | b'q');
    // Small unsigned types are range-checked as C longs, as in CPython.
    let bits = if signed || matches!(tc, b'B' | b'H') {
        let Some(i) = b.to_i64() else {
            return vm.overflow_error("Python int too large to convert to C long");
        };
        if !signed {
            if i < 0 {
                return vm.overflow_error(too_small);
            }
            if i >= 1 << (size * 8) {
                return vm.overflow_error(too_big);
            }
        }
        if signed && size < 8 {
            let max = (1i64 << (size * 8 - 1)) - 1;
            if i > max {
                return vm.overflow_error(too_big);
            }
            if i < -max - 1 {
                return vm.overflow_error(too_small);
            }
        }
        i as u64
    } else {
        if b.is_negative() {
            return vm.overflow_error(too_small);
        }
        let Some(u) = b.to_u64() else {
            return vm.overflow_error(too_big);
        };
        if size < 8 && u >= 1 << (size * 8) {
            return vm.overflow_error(too_big);
        }
        u
    };
    let bytes = bits.to_ne_bytes();
    Ok(if cfg!(target_endian = "little") {
        bytes[..size].to_vec()
    } else {
        bytes[8 - size..].to_vec()
    })
}
