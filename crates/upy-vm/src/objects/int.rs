//! `int` arithmetic: a fast path on `i64`, overflowing into `BigInt`.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::native::{Args, Native};
use crate::obj::Obj;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use upy_compiler::code::BinOp;

/// Modulus of CPython's numeric hash.
pub const HASH_MODULUS: i64 = (1i64 << 61) - 1;

/// The big-int view of an int-like value (int, bool, big int).
pub fn to_big(vm: &Vm, v: Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(i)),
        Value::Bool(b) => Some(BigInt::from(b as i64)),
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::BigInt(b) => Some((**b).clone()),
            Obj::Instance(i) => i.base.and_then(|b| to_big(vm, b)),
            _ => None,
        },
        _ => None,
    }
}

/// Whether a value is an int (including bool and int subclasses).
pub fn is_int(vm: &Vm, v: Value) -> bool {
    match v {
        Value::Int(_) | Value::Bool(_) => true,
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::BigInt(_) => true,
            Obj::Instance(i) => i.base.map(|b| is_int(vm, b)).unwrap_or(false),
            _ => false,
        },
        _ => false,
    }
}

pub fn hash_big(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let r = if b.sign() == Sign::Minus { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn hash_i64(i: i64) -> i64 {
    if i == -1 {
        return -2;
    }
    if i.unsigned_abs() < HASH_MODULUS as u64 {
        return i;
    }
    let r = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let r = if i < 0 { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

fn floor_div_i64(a: i64, b: i64) -> Option<i64> {
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

fn floor_mod_i64(a: i64, b: i64) -> Option<i64> {
    let r = a.checked_rem(b)?;
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// `a op b` for small ints; None when the result needs a big int (or the
/// operation is not an int operation).
#[inline]
pub fn small_binop(op: BinOp, a: i64, b: i64) -> Option<i64> {
    match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::FloorDiv if b != 0 => floor_div_i64(a, b),
        BinOp::Mod if b != 0 => floor_mod_i64(a, b),
        BinOp::And => Some(a & b),
        BinOp::Or => Some(a | b),
        BinOp::Xor => Some(a ^ b),
        BinOp::LShift if (0..63).contains(&b) => {
            let r = a.checked_shl(b as u32)?;
            if r >> b == a {
                Some(r)
            } else {
                None
            }
        }
        BinOp::RShift if b >= 0 => Some(if b >= 64 {
            if a < 0 {
                -1
            } else {
                0
            }
        } else {
            a >> b
        }),
        BinOp::Pow if (0..64).contains(&b) => a.checked_pow(b as u32),
        _ => None,
    }
}

/// Integer operation on arbitrary-precision values. Returns None if the
/// operation is not defined for ints (e.g. `@`).
pub fn big_binop(vm: &mut Vm, op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Option<Value>> {
    let (wa, wb) = (words(a), words(b));
    let work = match op {
        BinOp::Mul | BinOp::FloorDiv | BinOp::Mod => wa.saturating_mul(wb),
        // The last squaring dominates; an exponent too big for memory
        // fails below before any work.
        BinOp::Pow => match b.to_u64() {
            Some(e) => {
                let r = a.bits().saturating_mul(e) / 64 + 1;
                r.saturating_mul(r)
            }
            None => 0,
        },
        _ => wa + wb,
    };
    charge_big_work(vm, work)?;
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => {
            vm.check_alloc(((a.bits() + b.bits()) / 8) as usize)?;
            a * b
        }
        BinOp::FloorDiv => {
            if b.is_zero() {
                return vm.zero_div("integer division or modulo by zero");
            }
            a.div_floor(b)
        }
        BinOp::Mod => {
            if b.is_zero() {
                return vm.zero_div("integer modulo by zero");
            }
            a.mod_floor(b)
        }
        BinOp::And => a & b,
        BinOp::Or => a | b,
        BinOp::Xor => a ^ b,
        BinOp::LShift => {
            if b.is_negative() {
                return vm.value_error("negative shift count");
            }
            let n = match b.to_u64() {
                Some(n) if n < (1 << 62) => n,
                _ => {
                    if a.is_zero() {
                        return Ok(Some(Value::Int(0)));
                    }
                    return vm.overflow_error("too many digits in integer");
                }
            };
            vm.check_alloc((n / 8) as usize)?;
            a << n
        }
        BinOp::RShift => {
            if b.is_negative() {
                return vm.value_error("negative shift count");
            }
            match b.to_u64() {
                Some(n) => a >> n,
                None => {
                    if a.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        BinOp::Pow => {
            if b.is_negative() {
                // int ** negative int is a float.
                let fa = big_to_f64(vm, a)?;
                let fb = big_to_f64(vm, b)?;
                if fa == 0.0 {
                    return vm.zero_div("0.0 cannot be raised to a negative power");
                }
                return Ok(Some(Value::Float(fa.powf(fb))));
            }
            let e = match b.to_u64() {
                Some(e) => e,
                None => {
                    if a.is_zero() || a.is_one() {
                        return Ok(Some(vm.new_bigint(a.clone())?));
                    }
                    if *a == BigInt::from(-1) {
                        return Ok(Some(Value::Int(if b.is_even() { 1 } else { -1 })));
                    }
                    return Err(vm.out_of_memory());
                }
            };
            let bits = a.bits().saturating_mul(e);
            if bits / 8 > vm.heap.limit as u64 {
                if a.is_zero() || a.is_one() {
                    return Ok(Some(vm.new_bigint(a.clone())?));
                }
                if *a == BigInt::from(-1) {
                    return Ok(Some(Value::Int(if e % 2 == 0 { 1 } else { -1 })));
                }
                return Err(vm.out_of_memory());
            }
            vm.check_alloc((bits / 8) as usize)?;
            num_traits::pow::Pow::pow(a, e)
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return vm.zero_div("division by zero");
            }
            return Ok(Some(Value::Float(big_true_div(vm, a, b)?)));
        }
        BinOp::MatMul => return Ok(None),
    };
    Ok(Some(vm.new_bigint(r)?))
}

/// 64-bit words in `b`'s magnitude.
fn words(b: &BigInt) -> u64 {
    b.bits() / 64 + 1
}

/// Count big-int work of about `word_ops` word operations against the
/// step budget, a step for every 64 (roughly what one bytecode costs), so
/// a budget bounds a loop of huge multiplications as it bounds any loop.
pub fn charge_big_work(vm: &mut Vm, word_ops: u64) -> PyResult<()> {
    vm.take_steps(word_ops / 64)
}

/// Correctly rounded int / int.
pub fn big_true_div(vm: &mut Vm, a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() < (1u64 << 53) && y.unsigned_abs() < (1u64 << 53) {
            return Ok(x as f64 / y as f64);
        }
    }
    // Scale so the quotient has 64+ significant bits, then round once.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = b.bits() as i64 - a.bits() as i64 + 66;
    let (n, d) = if shift >= 0 {
        (a << shift as u64, b.clone())
    } else {
        (a, b << (-shift) as u64)
    };
    let (q, r) = n.div_rem(&d);
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1u32) | BigInt::one();
    } else {
        q <<= 1u32;
    }
    let exp = -(shift + 1);
    let f = big_to_f64_scaled(&q, exp);
    if f.is_infinite() {
        return vm.overflow_error("integer division result too large for a float");
    }
    Ok(if neg { -f } else { f })
}

/// q * 2**exp correctly rounded (q has a sticky low bit).
fn big_to_f64_scaled(q: &BigInt, exp: i64) -> f64 {
    let bits = q.bits() as i64;
    if bits <= 53 {
        return q.to_f64().unwrap_or(0.0) * 2f64.powi(exp as i32);
    }
    // Keep 55 bits (53 + guard + sticky), round half to even.
    let extra = bits - 55;
    let top = q >> extra as u64;
    let sticky = !(q - (&top << extra as u64)).is_zero();
    let mut m = top.to_u64().unwrap_or(0) | sticky as u64;
    // m has 55 bits; round to 53.
    let low = m & 3;
    m >>= 2;
    if low > 2 || (low == 2 && (m & 1) == 1) {
        m += 1;
    }
    let e = exp + extra + 2;
    let f = m as f64;
    if e > 2000 {
        return f64::INFINITY;
    }
    if e < -2000 {
        return 0.0;
    }
    // Scale in two steps to avoid overflow of powi.
    let half = (e / 2) as i32;
    f * 2f64.powi(half) * 2f64.powi(e as i32 - half)
}

pub fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => vm.overflow_error("int too large to convert to float"),
    }
}

/// Int value as i64 or OverflowError with CPython's message.
pub fn to_i64(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => match to_big(vm, v) {
            Some(b) => match b.to_i64() {
                Some(i) => Ok(i),
                None => vm.overflow_error("Python int too large to convert to C ssize_t"),
            },
            None => {
                let t = vm.type_name(v);
                vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    t
                ))
            }
        },
    }
}

/// Parse an int from text as `int(s, base)` does.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    let mut digits: &str = t;
    let prefixed = |p: &str| lower.starts_with(p);
    if (base == 0 || base == 16) && prefixed("0x") {
        base = 16;
        digits = &t[2..];
    } else if (base == 0 || base == 8) && prefixed("0o") {
        base = 8;
        digits = &t[2..];
    } else if (base == 0 || base == 2) && prefixed("0b") {
        base = 2;
        digits = &t[2..];
    } else if base == 0 {
        base = 10;
        if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
            return None;
        }
    }
    let had_prefix = digits.len() != t.len();
    if digits.is_empty() || digits.ends_with('_') || (!had_prefix && digits.starts_with('_')) {
        return None;
    }
    if digits.contains("__") {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() {
        return None;
    }
    let mut digits = Vec::with_capacity(clean.len());
    for c in clean.chars() {
        digits.push(c.to_digit(base)? as u8);
    }
    let out = if base.is_power_of_two() {
        BigUint::from_radix_be(&digits, base)?
    } else {
        digits_to_big(&digits, base)
    };
    let out = BigInt::from(out);
    Some(if neg { -out } else { out })
}

/// The value of `digits` (most significant first) in `base`. Long runs are
/// split in halves, `high * base**len(low) + low`, so that the cost is
/// that of a few big multiplications (subquadratic) rather than one
/// multiply-add per digit over the whole number.
fn digits_to_big(digits: &[u8], base: u32) -> BigUint {
    const SMALL: usize = 2000;
    if digits.len() <= SMALL {
        let b = base as u64;
        let mut out = BigUint::zero();
        for chunk in digits.chunks(12) {
            let v = chunk.iter().fold(0u64, |v, &d| v * b + d as u64);
            out = out * b.pow(chunk.len() as u32) + v;
        }
        return out;
    }
    let low = digits.len() / 2;
    let (hi, lo) = digits.split_at(digits.len() - low);
    digits_to_big(hi, base) * BigUint::from(base).pow(low as u32) + digits_to_big(lo, base)
}

/// Format an int in the given base with Python's prefix.
pub fn format_radix(b: &BigInt, radix: u32, prefix: &str) -> String {
    let s = b.abs().to_str_radix(radix);
    if b.is_negative() {
        format!("-{}{}", prefix, s)
    } else {
        format!("{}{}", prefix, s)
    }
}

/// Decimal text of an int value.
pub fn int_to_string(vm: &Vm, v: Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => (b as i64).to_string(),
        _ => to_big(vm, v).map(|b| b.to_string()).unwrap_or_default(),
    }
}

/// The value of `self` (an int, bool or an instance of a subclass: the
/// declaration checked).
fn int_self(vm: &Vm, a: &Args) -> BigInt {
    to_big(vm, a.this()).unwrap_or_default()
}

/// `int(x)` for a non-str value.
pub fn int_from_value(vm: &mut Vm, x: Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => return Ok(x),
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        Value::Float(f) => return float_to_int(vm, f),
        _ => {}
    }
    if let Some(b) = to_big(vm, x) {
        if !vm.is_user_value(x) {
            return vm.new_bigint(b);
        }
    }
    if vm.is_user_value(x) {
        for name in [vm.names.__int__, vm.names.__index__, vm.names.__trunc__] {
            if let Some(f) = vm.lookup_special(x, name) {
                let r = vm.call_bound(f, x, &[])?;
                if !is_int(vm, r) {
                    let t = vm.type_name(r);
                    let n = vm.as_str(name).unwrap_or("").to_string();
                    return vm.type_error(format!("{} returned non-int (type {})", n, t));
                }
                return int_from_value(vm, vm.unwrap_base(r));
            }
        }
        let base = vm.unwrap_base(x);
        if !base.is(x) {
            return int_from_value(vm, base);
        }
    }
    if let Some(s) = vm.as_str(x).map(|s| s.to_string()) {
        return int_from_str(vm, &s, 10, x);
    }
    if let Some(b) = crate::objects::bytes::try_buffer_bytes(vm, x) {
        let s = String::from_utf8_lossy(&b).into_owned();
        return int_from_str(vm, &s, 10, x);
    }
    if let Value::Obj(g) = x {
        if let Obj::Complex(..) = vm.heap.get(g) {
            return vm.type_error("int() argument must be a string, a bytes-like object or a real number, not 'complex'");
        }
    }
    let t = vm.type_name(x);
    vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        t
    ))
}

pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return vm.value_error("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return vm.overflow_error("cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    let b = num_bigint::BigInt::from_signed_bytes_le(&[]) + float_to_big(t);
    vm.new_bigint(b)
}

/// Exact integer value of an integral float.
pub fn float_to_big(f: f64) -> BigInt {
    let (m, e) = crate::objects::float::frexp(f);
    let mant = (m * (1u64 << 53) as f64) as i64;
    let e = e - 53;
    if e >= 0 {
        BigInt::from(mant) << e as u64
    } else {
        BigInt::from(mant) >> (-e) as u64
    }
}

fn int_from_str(vm: &mut Vm, s: &str, base: u32, orig: Value) -> PyResult<Value> {
    match parse_int(s, base) {
        Some(b) => vm.new_bigint(b),
        None => {
            let r = vm.repr_of(orig)?;
            let rs = vm.as_str(r).unwrap_or("").to_string();
            vm.value_error(format!(
                "invalid literal for int() with base {}: {}",
                base, rs
            ))
        }
    }
}

fn int_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = match (a.get(0), a.get(1)) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return vm.type_error("int() missing string argument"),
        (Some(x), None) => int_from_value(vm, x)?,
        (Some(x), Some(b)) => {
            let base = to_i64(vm, b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return vm.value_error("int() base must be >= 2 and <= 36, or 0");
            }
            let s = match vm.as_str(x) {
                Some(s) => s.to_string(),
                None => match crate::objects::bytes::try_buffer_bytes(vm, x) {
                    Some(b) => String::from_utf8_lossy(&b).into_owned(),
                    None => {
                        return vm.type_error("int() can't convert non-string with explicit base")
                    }
                },
            };
            int_from_str(vm, &s, base as u32, x)?
        }
    };
    crate::objects::wrap_for_class(vm, a.this(), vm.types.int, v)
}

fn bool_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.get(0) {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn int_bit_length(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = int_self(vm, a);
    Ok(Value::Int(b.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = int_self(vm, a);
    let n: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

fn byteorder_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => match vm.as_str(v) {
            Some("big") => Ok(false),
            Some("little") => Ok(true),
            Some(_) => vm.value_error("byteorder must be either 'little' or 'big'"),
            None => {
                let t = vm.type_name(v);
                vm.type_error(format!(
                    "to_bytes() argument 'byteorder' must be str, not {}",
                    t
                ))
            }
        },
    }
}

fn int_to_bytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = int_self(vm, a);
    let len = match a.get(0) {
        Some(v) => to_i64(vm, v)?,
        None => 1,
    };
    if len < 0 {
        return vm.value_error("length argument must be non-negative");
    }
    vm.check_alloc(len as usize)?;
    let little = byteorder_arg(vm, a.get(1))?;
    let signed = match a.get(2) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if !signed && b.is_negative() {
        return vm.overflow_error("can't convert negative int to unsigned");
    }
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if b.is_zero() {
        bytes = vec![];
    }
    if bytes.len() > len as usize {
        return vm.overflow_error("int too big to convert");
    }
    let fill = if signed && b.is_negative() { 0xff } else { 0 };
    bytes.resize(len as usize, fill);
    if !little {
        bytes.reverse();
    }
    vm.new_bytes(bytes)
}

fn int_from_bytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let data = match a.get(0) {
        Some(v) => match crate::objects::bytes::try_buffer_bytes(vm, v) {
            Some(b) => b,
            None if vm.as_str(v).is_some() || !vm.is_user_value(v) && vm.get_iter(v).is_err() => {
                let t = vm.type_name(v);
                return vm.type_error(format!("cannot convert '{}' object to bytes", t));
            }
            None => {
                let items = vm.collect_iterable(v)?;
                let mut out = Vec::new();
                for it in items {
                    let i = to_i64(vm, it)?;
                    if !(0..256).contains(&i) {
                        return vm.value_error("bytes must be in range(0, 256)");
                    }
                    out.push(i as u8);
                }
                out
            }
        },
        None => Vec::new(),
    };
    let little = byteorder_arg(vm, a.get(1))?;
    let signed = match a.get(2) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut d = data;
    if !little {
        d.reverse();
    }
    let b = if signed {
        BigInt::from_signed_bytes_le(&d)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &d)
    };
    let v = vm.new_bigint(b)?;
    if matches!(a.this(), Value::Obj(g) if g == vm.types.int) {
        Ok(v)
    } else {
        vm.call(a.this(), &[v])
    }
}

/// `conjugate()`, `__index__()` and `__int__()`: the plain int.
fn int_conjugate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = int_self(vm, a);
    vm.new_bigint(b)
}

fn int_as_integer_ratio(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = int_self(vm, a);
    let v = vm.new_bigint(b)?;
    vm.new_tuple(vec![v, Value::Int(1)])
}

const METHODS: &[Native] = &[
    Native::new("int(cls, x=..., /, base=10)", int_new).at("__new__"),
    Native::new(
        "from_bytes(cls, /, bytes, byteorder='big', *, signed=False)",
        int_from_bytes,
    ),
    Native::new("bit_length(self, /)", int_bit_length),
    Native::new("bit_count(self, /)", int_bit_count),
    Native::new(
        "to_bytes(self, /, length=1, byteorder='big', *, signed=False)",
        int_to_bytes,
    ),
    Native::new("conjugate(self, /)", int_conjugate),
    Native::new("as_integer_ratio(self, /)", int_as_integer_ratio),
    Native::new("__index__(self, /)", int_conjugate),
    Native::new("__int__(self, /)", int_conjugate),
];

const BOOL_METHODS: &[Native] = &[Native::new("bool(cls, x=False, /)", bool_new).at("__new__")];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    crate::types::add_natives(vm, vm.types.int, METHODS)?;
    crate::types::add_natives(vm, vm.types.bool_, BOOL_METHODS)
}
