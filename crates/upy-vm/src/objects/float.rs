//! `float`: CPython-compatible repr, hashing and arithmetic edge cases.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::One;

use crate::native::{Args, Native};
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use upy_compiler::code::BinOp;

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1u64 << HASH_BITS) - 1;

/// Split into mantissa in [0.5, 1) and exponent, like C's frexp.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// `round_digits` in machine integers, for the common case (a few digits,
/// a moderate magnitude): None when an intermediate does not fit. The same
/// exact q = round_half_even(|x| * 10**ndigits); with q < 2**53 and
/// 10**|ndigits| <= 10**22 both exact floats, one division or product is
/// the correctly rounded q * 10**-ndigits that parsing the string gives.
fn round_digits_small(x: f64, ndigits: i64) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let k = ndigits.unsigned_abs() as usize;
    let p = *POW10.get(k)?;
    let (m, e) = frexp(x.abs());
    let mant = (m * 2f64.powi(53)) as u128;
    let p10 = 10u128.pow(k as u32);
    let (mut num, mut den) = if ndigits >= 0 {
        (mant * p10, 1u128)
    } else {
        (mant, p10)
    };
    let exp = e - 53;
    if exp >= 0 {
        if exp as u32 >= num.leading_zeros() {
            return None;
        }
        num <<= exp;
    } else {
        // den < 2**127 so that 2 * r (r < den) fits too.
        if exp.unsigned_abs() + 1 >= den.leading_zeros() {
            return None;
        }
        den <<= exp.unsigned_abs();
    }
    let (q, r) = (num / den, num % den);
    let q = if 2 * r > den || (2 * r == den && q % 2 == 1) {
        q + 1
    } else {
        q
    };
    if q >= 1 << 53 {
        return None;
    }
    let r = if ndigits >= 0 {
        q as f64 / p
    } else {
        q as f64 * p
    };
    Some(r.copysign(x))
}

/// `round(x, ndigits)` as CPython's `float.__round__` computes it: the
/// exact binary value rounded half to even at the 10**-ndigits place, then
/// converted back to the nearest float (CPython formats and re-parses the
/// decimal string). OverflowError when that is beyond the float range.
pub fn round_digits(vm: &mut Vm, x: f64, ndigits: i64) -> PyResult<f64> {
    // Past these every finite float rounds to itself or to zero (CPython's
    // NDIGITS_MAX and NDIGITS_MIN).
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    if let Some(r) = round_digits_small(x, ndigits) {
        return Ok(r);
    }
    // |x| = mant * 2**exp exactly; the rounded value is q * 10**-ndigits
    // with q = round_half_even(|x| * 10**ndigits) = round(num / den).
    let (m, e) = frexp(x.abs());
    let mut num = BigInt::from((m * 2f64.powi(53)) as u64);
    let mut den = BigInt::one();
    let ten = |k: i64| num_traits::pow(BigInt::from(10u8), k.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= ten(ndigits);
    } else {
        den *= ten(ndigits);
    }
    let exp = e - 53;
    if exp >= 0 {
        num <<= exp as u32;
    } else {
        den <<= exp.unsigned_abs();
    }
    let (q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1u8;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + 1u8
    } else {
        q
    };
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let rounded: f64 = format!("{}{}e{}", sign, q, -ndigits).parse().unwrap_or(x);
    if rounded.is_infinite() {
        return vm.overflow_error("rounded value too large to represent");
    }
    Ok(rounded)
}

pub fn hash_float(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_nan() {
            0
        } else if v > 0.0 {
            314159
        } else {
            -314159
        };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        (e as u32) % HASH_BITS
    } else {
        HASH_BITS - 1 - (((-1 - e) as u32) % HASH_BITS)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let r = (x as i64) * sign;
    if r == -1 {
        -2
    } else {
        r
    }
}

/// Shortest round-tripping digits and decimal exponent: value is
/// `0.DIGITS * 10**decpt`.
pub fn shortest_digits(v: f64) -> (String, i32) {
    let s = format!("{:e}", v.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let exp: i32 = exp.parse().unwrap_or(0);
    (digits, exp + 1)
}

/// `repr(float)` exactly as CPython prints it.
pub fn float_repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, decpt) = shortest_digits(v);
    let sign = if v < 0.0 { "-" } else { "" };
    let nd = digits.len() as i32;
    if decpt > -4 && decpt <= 16 {
        if decpt <= 0 {
            format!("{}0.{}{}", sign, "0".repeat((-decpt) as usize), digits)
        } else if decpt >= nd {
            format!("{}{}{}.0", sign, digits, "0".repeat((decpt - nd) as usize))
        } else {
            format!(
                "{}{}.{}",
                sign,
                &digits[..decpt as usize],
                &digits[decpt as usize..]
            )
        }
    } else {
        let e = decpt - 1;
        let mant = if nd == 1 {
            digits.clone()
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        format!(
            "{}{}e{}{:02}",
            sign,
            mant,
            if e < 0 { "-" } else { "+" },
            e.abs()
        )
    }
}

/// Python's float modulo (result has the divisor's sign).
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// Float arithmetic; None for operators floats don't support.
pub fn float_binop(vm: &mut Vm, op: BinOp, a: f64, b: f64) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return vm.zero_div("float division by zero");
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return vm.zero_div("float floor division by zero");
            }
            float_floordiv(a, b)
        }
        BinOp::Mod => {
            if b == 0.0 {
                return vm.zero_div("float modulo");
            }
            float_mod(a, b)
        }
        BinOp::Pow => return float_pow(vm, a, b).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(r)))
}

pub fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return vm.zero_div("0.0 cannot be raised to a negative power");
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // Negative base with fractional exponent gives a complex number.
        let r = a.abs().powf(b);
        let theta = std::f64::consts::PI * b;
        return crate::objects::complex::new_complex(vm, r * theta.cos(), r * theta.sin());
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return vm.overflow_error("(34, 'Numerical result out of range')");
    }
    Ok(Value::Float(r))
}

/// Parse a float from text as `float(s)` does.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || body.starts_with(['_', '+', '-'])
        || body.ends_with('_')
        || body.contains("__")
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
    {
        return None;
    }
    // Underscores only between digits.
    let b = body.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_'
            && !(i > 0
                && b[i - 1].is_ascii_digit()
                && b.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
        {
            return None;
        }
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok().map(|v| sign * v)
}

/// A float view of an int or float value (for `float()` and math).
pub fn to_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(i) => Ok(i as f64),
        Value::Bool(b) => Ok(b as i64 as f64),
        _ => {
            if let Some(b) = crate::objects::int::to_big(vm, v) {
                return crate::objects::int::big_to_f64(vm, &b);
            }
            if vm.is_user_value(v) {
                if let Some(f) = vm.lookup_special(v, vm.names.__float__) {
                    let r = vm.call_bound(f, v, &[])?;
                    return match r {
                        Value::Float(x) => Ok(x),
                        _ => {
                            let t = vm.type_name(r);
                            let c = vm.type_name(v);
                            vm.type_error(format!(
                                "{}.__float__ returned non-float (type {})",
                                c, t
                            ))
                        }
                    };
                }
                if let Some(f) = vm.lookup_special(v, vm.names.__index__) {
                    let r = vm.call_bound(f, v, &[])?;
                    return to_f64(vm, r);
                }
                let base = vm.unwrap_base(v);
                if !base.is(v) {
                    return to_f64(vm, base);
                }
            }
            let t = vm.type_name(v);
            vm.type_error(format!("must be real number, not {}", t))
        }
    }
}

fn float_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = match a.get(0) {
        None => Value::Float(0.0),
        Some(x) => {
            let text = vm.as_str(x).map(|s| s.to_string()).or_else(|| {
                crate::objects::bytes::try_buffer_bytes(vm, x)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())
            });
            match text {
                Some(s) => match parse_float(&s) {
                    Some(f) => Value::Float(f),
                    None => {
                        let r = vm.repr_of(x)?;
                        let rs = vm.as_str(r).unwrap_or("").to_string();
                        return vm
                            .value_error(format!("could not convert string to float: {}", rs));
                    }
                },
                None => {
                    if let Value::Obj(g) = x {
                        if matches!(vm.heap.get(g), crate::obj::Obj::Complex(..)) {
                            return vm.type_error(
                                "float() argument must be a string or a real number, not 'complex'",
                            );
                        }
                    }
                    let has_conv = vm.is_user_value(x)
                        && (vm.lookup_special(x, vm.names.__float__).is_some()
                            || vm.lookup_special(x, vm.names.__index__).is_some());
                    match to_f64(vm, x) {
                        Ok(f) => Value::Float(f),
                        Err(e) => {
                            if vm.exc_matches(e, vm.types.type_error) && !has_conv {
                                let t = vm.type_name(x);
                                return vm.type_error(format!(
                                    "float() argument must be a string or a real number, not '{}'",
                                    t
                                ));
                            }
                            return Err(e);
                        }
                    }
                }
            }
        }
    };
    crate::objects::wrap_for_class(vm, a.this(), vm.types.float, v)
}

/// The value of `self` (a float, or an instance of a subclass: the
/// declaration checked).
fn float_self(vm: &Vm, a: &Args) -> f64 {
    match vm.unwrap_base(a.this()) {
        Value::Float(f) => f,
        _ => 0.0,
    }
}

fn float_is_integer(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = float_self(vm, a);
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = float_self(vm, a);
    if f.is_nan() {
        return vm.value_error("cannot convert NaN to integer ratio");
    }
    if f.is_infinite() {
        return vm.overflow_error("cannot convert Infinity to integer ratio");
    }
    let (m, e) = frexp(f);
    let mut mant = m;
    let mut exp = e;
    for _ in 0..300 {
        if mant.fract() == 0.0 {
            break;
        }
        mant *= 2.0;
        exp -= 1;
    }
    let n = crate::objects::int::float_to_big(mant);
    let (num, den) = if exp >= 0 {
        (n << exp as u64, num_bigint::BigInt::from(1))
    } else {
        (n, num_bigint::BigInt::from(1) << (-exp) as u64)
    };
    let n = vm.new_bigint(num)?;
    vm.roots.push(n);
    let d = vm.new_bigint(den)?;
    vm.new_tuple(vec![n, d])
}

fn float_hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = float_self(vm, a);
    let s = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else if f == 0.0 {
        if f.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        }
    } else {
        let bits = f.to_bits();
        let sign = if f < 0.0 { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1u64 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        let hex = format!("{:013x}", mant);
        format!(
            "{}0x{}.{}p{}{}",
            sign,
            lead,
            hex,
            if e >= 0 { "+" } else { "-" },
            e.abs()
        )
    };
    vm.new_string(s)
}

fn float_conjugate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Float(float_self(vm, a)))
}

/// Parse C99 hexadecimal float text (`float.fromhex`).
pub fn parse_hex_float(s: &str) -> Option<f64> {
    let t = s.trim().to_ascii_lowercase();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r.to_string()),
        None => (false, t.strip_prefix('+').unwrap_or(&t).to_string()),
    };
    match t.as_str() {
        "inf" | "infinity" => {
            return Some(if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })
        }
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    let t = t.strip_prefix("0x").unwrap_or(&t);
    let (mant, exp) = match t.split_once('p') {
        Some((m, e)) => (m, e.parse::<i64>().ok()?),
        None => (t, 0),
    };
    let (ip, fp) = match mant.split_once('.') {
        Some((a, b)) => (a, b),
        None => (mant, ""),
    };
    if ip.is_empty() && fp.is_empty() {
        return None;
    }
    // Accumulate up to 60 significant bits exactly, track the rest as a
    // sticky bit and scale at the end.
    let mut m: u128 = 0;
    let mut e2: i64 = exp;
    let mut sticky = false;
    for (k, c) in ip.chars().chain(fp.chars()).enumerate() {
        let d = c.to_digit(16)? as u128;
        if k >= ip.len() {
            e2 -= 4;
        }
        if m < (1u128 << 100) {
            m = m * 16 + d;
        } else {
            e2 += 4;
            sticky |= d != 0;
        }
    }
    if m == 0 {
        return Some(if neg { -0.0 } else { 0.0 });
    }
    // Round to 53 bits (half to even), as the exact value demands.
    let bits = 128 - m.leading_zeros() as i64;
    let mut shift = bits - 53;
    // Subnormals keep fewer bits.
    let min_exp = -1074;
    if e2 + shift < min_exp {
        shift = min_exp - e2;
    }
    let mut q = m;
    if shift > 0 {
        let s = shift as u32;
        if s >= 128 {
            q = 0;
        } else {
            let rem = m & ((1u128 << s) - 1);
            q = m >> s;
            let half = 1u128 << (s - 1);
            if rem > half || (rem == half && (sticky || q & 1 == 1)) {
                q += 1;
            }
        }
        e2 += shift;
    }
    let v = (q as f64)
        * 2f64.powi(e2.clamp(-1100, 1100) as i32 / 2)
        * 2f64.powi((e2.clamp(-1100, 1100) - e2.clamp(-1100, 1100) / 2) as i32);
    if v.is_infinite() {
        return None;
    }
    Some(if neg { -v } else { v })
}

fn float_fromhex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = vm.expect_str(a.arg(0), "fromhex() argument")?;
    match parse_hex_float(&s) {
        Some(f) => {
            if matches!(a.this(), Value::Obj(g) if g == vm.types.float) {
                Ok(Value::Float(f))
            } else {
                vm.call(a.this(), &[Value::Float(f)])
            }
        }
        None => {
            let t = s.trim().to_ascii_lowercase();
            if t.contains('p')
                && t.split('p')
                    .nth(1)
                    .and_then(|e| e.parse::<i64>().ok())
                    .is_some_and(|e| e > 1000)
            {
                return vm.overflow_error("hexadecimal value too large to represent as a float");
            }
            vm.value_error("invalid hexadecimal floating-point string")
        }
    }
}

const METHODS: &[Native] = &[
    Native::new("float(cls, x=0, /)", float_new).at("__new__"),
    Native::new("fromhex(cls, string, /)", float_fromhex),
    Native::new("is_integer(self, /)", float_is_integer),
    Native::new("as_integer_ratio(self, /)", float_as_integer_ratio),
    Native::new("hex(self, /)", float_hex),
    Native::new("conjugate(self, /)", float_conjugate),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    crate::types::add_natives(vm, vm.types.float, METHODS)
}
