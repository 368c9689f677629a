//! Converting between Python values and the bytes of a `struct` layout,
//! with CPython's range checks and messages.

use num_bigint::BigInt;
use num_traits::ToPrimitive;
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::format::{Item, Layout};
use super::struct_error;
use crate::util;

/// Half-precision bits of `x`, rounding half to even; None on overflow.
pub fn pack_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let ax = x.abs();
    if ax == 0.0 {
        return Some(sign);
    }
    let (m, e) = upy_vm::objects::float::frexp(ax);
    let mut exp = e + 14;
    let frac = if exp < 1 {
        // Subnormal: units of 2**-24.
        exp = 0;
        (ax * 2f64.powi(24)).round_ties_even()
    } else {
        let f = ((2.0 * m - 1.0) * 1024.0).round_ties_even();
        if f >= 1024.0 {
            exp += 1;
            0.0
        } else {
            f
        }
    };
    // A subnormal rounding up to 1024 units is the smallest normal: the
    // bit pattern carries into the exponent field by itself.
    let bits = ((exp as u32) << 10) + frac as u32;
    if bits >= 0x7c00 {
        return None;
    }
    Some(sign | bits as u16)
}

/// The value of half-precision bits.
pub fn unpack_half(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let frac = (h & 0x3ff) as f64;
    let v = match exp {
        0 => frac * 2f64.powi(-24),
        31 => {
            if frac == 0.0 {
                f64::INFINITY
            } else {
                f64::NAN
            }
        }
        _ => (1.0 + frac / 1024.0) * 2f64.powi(exp - 15),
    };
    sign * v
}

/// An integer operand (`__index__` honoured) or struct.error.
fn int_value(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if let Value::Int(i) = v {
        return Ok(BigInt::from(i));
    }
    if util::is_int(vm, v) || vm.lookup_special(v, vm.names.__index__).is_some() {
        return util::int_arg(vm, v);
    }
    struct_error(vm, "required argument is not an integer")
}

/// Range-check an integer for `code` and return its two's-complement
/// bits (the low `size` bytes are written).
fn int_bits(vm: &mut Vm, code: u8, size: usize, b: &BigInt) -> PyResult<u64> {
    let out_of_range = |vm: &mut Vm| struct_error(vm, "argument out of range");
    match code {
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let Some(i) = b.to_i64() else {
                return out_of_range(vm);
            };
            if size < 8 {
                let max = (1i64 << (size * 8 - 1)) - 1;
                let min = -max - 1;
                if i < min || i > max {
                    let msg = match code {
                        b'b' => "byte format requires -128 <= number <= 127".to_string(),
                        b'h' => "short format requires -32768 <= number <= 32767".to_string(),
                        _ => format!(
                            "'{}' format requires {} <= number <= {}",
                            code as char, min, max
                        ),
                    };
                    return struct_error(vm, msg);
                }
            }
            Ok(i as u64)
        }
        b'B' | b'H' => {
            let Some(i) = b.to_i64() else {
                return out_of_range(vm);
            };
            if i < 0 || i >= 1 << (size * 8) {
                let msg = if code == b'B' {
                    "ubyte format requires 0 <= number <= 255"
                } else {
                    "ushort format requires 0 <= number <= 65535"
                };
                return struct_error(vm, msg);
            }
            Ok(i as u64)
        }
        b'P' => match (b.to_u64(), b.to_i64()) {
            (Some(u), _) => Ok(u),
            (None, Some(i)) => Ok(i as u64),
            _ => out_of_range(vm),
        },
        _ => {
            let Some(u) = b.to_u64() else {
                return out_of_range(vm);
            };
            if size < 8 && u >= 1 << (size * 8) {
                let max = (1u64 << (size * 8)) - 1;
                return struct_error(
                    vm,
                    format!("'{}' format requires 0 <= number <= {}", code as char, max),
                );
            }
            Ok(u)
        }
    }
}

fn float_value(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        _ => {
            let numeric = util::is_int(vm, v)
                || matches!(vm.unwrap_base(v), Value::Float(_))
                || vm.lookup_special(v, vm.names.__float__).is_some()
                || vm.lookup_special(v, vm.names.__index__).is_some();
            if !numeric {
                return struct_error(vm, "required argument is not a float");
            }
            util::float_arg(vm, v)
        }
    }
}

fn put(out: &mut [u8], bits: u64, size: usize, little: bool) {
    let bytes = if little {
        bits.to_le_bytes()
    } else {
        bits.to_be_bytes()
    };
    if little {
        out[..size].copy_from_slice(&bytes[..size]);
    } else {
        out[..size].copy_from_slice(&bytes[8 - size..]);
    }
}

fn get(data: &[u8], size: usize, little: bool) -> u64 {
    let mut b = [0u8; 8];
    if little {
        b[..size].copy_from_slice(&data[..size]);
        u64::from_le_bytes(b)
    } else {
        b[8 - size..].copy_from_slice(&data[..size]);
        u64::from_be_bytes(b)
    }
}

/// The bytes of a bytes-like string argument for `s`/`p`.
fn string_arg(vm: &mut Vm, v: Value, code: u8) -> PyResult<Vec<u8>> {
    let ok = matches!(vm.unwrap_base(v), Value::Obj(g)
        if matches!(vm.heap.get(g), upy_vm::obj::Obj::Bytes(_) | upy_vm::obj::Obj::ByteArray(_)));
    match ok
        .then(|| upy_vm::objects::bytes::try_buffer_bytes(vm, v))
        .flatten()
    {
        Some(b) => Ok(b),
        None => struct_error(
            vm,
            format!("argument for '{}' must be a bytes object", code as char),
        ),
    }
}

/// Pack one item's values into `out` (the item's bytes).
fn pack_item(
    vm: &mut Vm,
    item: &Item,
    vals: &[Value],
    out: &mut [u8],
    little: bool,
) -> PyResult<()> {
    match item.code {
        b'x' => {}
        b's' | b'p' => {
            let data = string_arg(vm, vals[0], item.code)?;
            let n = item.count;
            if item.code == b's' {
                let k = data.len().min(n);
                out[..k].copy_from_slice(&data[..k]);
            } else if n > 0 {
                let k = data.len().min(n - 1).min(255);
                out[0] = k as u8;
                out[1..1 + k].copy_from_slice(&data[..k]);
            }
        }
        _ => {
            for (j, &v) in vals.iter().enumerate() {
                let o = &mut out[j * item.size..(j + 1) * item.size];
                pack_one(vm, item.code, item.size, v, o, little)?;
            }
        }
    }
    Ok(())
}

fn pack_one(
    vm: &mut Vm,
    code: u8,
    size: usize,
    v: Value,
    out: &mut [u8],
    little: bool,
) -> PyResult<()> {
    match code {
        b'c' => {
            let b = match vm.unwrap_base(v) {
                Value::Obj(g) => match vm.heap.get(g) {
                    upy_vm::obj::Obj::Bytes(b) if b.len() == 1 => Some(b[0]),
                    upy_vm::obj::Obj::ByteArray(b) if b.len() == 1 => Some(b[0]),
                    _ => None,
                },
                _ => None,
            };
            match b {
                Some(b) => out[0] = b,
                None => return struct_error(vm, "char format requires a bytes object of length 1"),
            }
        }
        b'?' => out[0] = vm.truthy(v)? as u8,
        b'e' => {
            let x = float_value(vm, v)?;
            let Some(h) = pack_half(x) else {
                return vm.overflow_error("float too large to pack with e format");
            };
            put(out, h as u64, 2, little);
        }
        b'f' => {
            let x = float_value(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && !x.is_infinite() {
                return vm.overflow_error("float too large to pack with f format");
            }
            put(out, y.to_bits() as u64, 4, little);
        }
        b'd' => {
            let x = float_value(vm, v)?;
            put(out, x.to_bits(), 8, little);
        }
        _ => {
            let b = int_value(vm, v)?;
            let bits = int_bits(vm, code, size, &b)?;
            put(out, bits, size, little);
        }
    }
    Ok(())
}

/// Pack `vals` (already counted) into `out`, which has the layout's size.
pub fn pack_into(vm: &mut Vm, layout: &Layout, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut k = 0;
    for item in &layout.items {
        let n = item.nvalues();
        let end = item.offset + item.count * item.size;
        pack_item(
            vm,
            item,
            &vals[k..k + n],
            &mut out[item.offset..end],
            layout.little,
        )?;
        k += n;
    }
    Ok(())
}

fn unpack_one(vm: &mut Vm, code: u8, size: usize, d: &[u8], little: bool) -> PyResult<Value> {
    Ok(match code {
        b'c' => vm.new_bytes(vec![d[0]])?,
        b'?' => Value::Bool(d[0] != 0),
        b'e' => Value::Float(unpack_half(get(d, 2, little) as u16)),
        b'f' => Value::Float(f32::from_bits(get(d, 4, little) as u32) as f64),
        b'd' => Value::Float(f64::from_bits(get(d, 8, little))),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let u = get(d, size, little);
            let shift = 64 - size * 8;
            Value::Int(((u << shift) as i64) >> shift)
        }
        _ => {
            let u = get(d, size, little);
            match i64::try_from(u) {
                Ok(i) => Value::Int(i),
                Err(_) => vm.new_bigint(BigInt::from(u))?,
            }
        }
    })
}

/// Unpack `data` (exactly the layout's size) into values.
pub fn unpack(vm: &mut Vm, layout: &Layout, data: &[u8]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(layout.nvalues);
    for item in &layout.items {
        let d = &data[item.offset..item.offset + item.count * item.size];
        match item.code {
            b'x' => {}
            b's' => out.push(vm.new_bytes(d.to_vec())?),
            b'p' => {
                let n = if d.is_empty() {
                    0
                } else {
                    (d[0] as usize).min(item.count - 1)
                };
                let s = if d.is_empty() { &d[..0] } else { &d[1..1 + n] };
                out.push(vm.new_bytes(s.to_vec())?);
            }
            _ => {
                for j in 0..item.count {
                    let v =
                        unpack_one(vm, item.code, item.size, &d[j * item.size..], layout.little)?;
                    out.push(v);
                }
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves() {
        assert_eq!(pack_half(1.5), Some(0x3e00));
        assert_eq!(pack_half(65504.0), Some(0x7bff));
        assert_eq!(pack_half(65520.0), None);
        assert_eq!(pack_half(1.0), Some(0x3c00));
        assert_eq!(unpack_half(0x3c00), 1.0);
        assert_eq!(pack_half(2f64.powi(-24)), Some(1));
        assert_eq!(unpack_half(pack_half(0.1).unwrap_or(0)), 0.0999755859375);
    }
}
