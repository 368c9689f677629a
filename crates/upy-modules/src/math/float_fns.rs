//! Floating-point functions of `math`: libm wrappers with CPython's
//! special-value and error rules.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use upy_vm::native::{Args, Native};
use upy_vm::objects::int::float_to_int;
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::{check_result, domain_error, range_error};
use crate::util::{float_arg, is_int};

/// A one-argument function: evaluate `f` and check its result.
#[inline]
fn math_1(vm: &mut Vm, a: &Args, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let x = float_arg(vm, a.arg(0))?;
    let r = f(x);
    check_result(vm, x, r, can_overflow)
}

macro_rules! unary {
    ($($fname:ident, $f:expr, $ovf:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                math_1(vm, a, $f, $ovf)
            }
        )*
    };
}

unary!(
    m_sqrt, f64::sqrt, false;
    m_exp, f64::exp, true;
    m_exp2, f64::exp2, true;
    m_expm1, f64::exp_m1, true;
    m_log1p, log1p, false;
    m_sin, f64::sin, false;
    m_cos, f64::cos, false;
    m_tan, f64::tan, false;
    m_asin, f64::asin, false;
    m_acos, f64::acos, false;
    m_atan, f64::atan, false;
    m_sinh, f64::sinh, true;
    m_cosh, f64::cosh, true;
    m_tanh, f64::tanh, false;
    m_asinh, libm::asinh, false;
    m_acosh, libm::acosh, false;
    m_atanh, atanh, false;
    m_fabs, f64::abs, false;
    m_cbrt, f64::cbrt, false;
    m_erf, libm::erf, false;
    m_erfc, libm::erfc, false;
    m_gamma, gamma, true;
    m_lgamma, lgamma, true;
);

fn log1p(x: f64) -> f64 {
    // C's log1p(-1) is -inf (a pole): report it as a domain error.
    if x == -1.0 {
        f64::NAN
    } else {
        x.ln_1p()
    }
}

fn atanh(x: f64) -> f64 {
    if x.abs() >= 1.0 {
        f64::NAN
    } else {
        libm::atanh(x)
    }
}

/// Gamma with CPython's domain: poles at zero and negative integers.
fn gamma(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return f64::NAN;
    }
    if x == f64::INFINITY {
        return x;
    }
    // Small positive integers are exact factorials.
    if x == x.floor() && x <= 23.0 {
        let mut r = 1.0;
        let mut k = 2.0;
        while k < x {
            r *= k;
            k += 1.0;
        }
        return r;
    }
    libm::tgamma(x)
}

fn lgamma(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return f64::INFINITY;
    }
    if x <= 0.0 && x == x.floor() {
        return f64::NAN;
    }
    if x == 1.0 || x == 2.0 {
        return 0.0;
    }
    libm::lgamma_r(x).0
}

/// `log` of an int or float: huge ints are split into mantissa and
/// exponent so that `log(10**400)` works, as in CPython.
fn log_helper(vm: &mut Vm, v: Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if is_int(vm, v) {
        let b = upy_vm::objects::int::to_big(vm, v).unwrap_or_default();
        if !b.is_positive() {
            return domain_error(vm);
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let (m, e) = big_frexp(&b);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = float_arg(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return domain_error(vm);
    }
    Ok(f(x))
}

/// `b = m * 2**e` with `m` in [0.5, 1), for positive `b`.
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bits();
    let shift = bits.saturating_sub(64);
    let top = (b >> shift).to_u64().unwrap_or(u64::MAX);
    let m = top as f64 / 2f64.powi((bits - shift) as i32);
    (m, bits as i64)
}

fn m_log(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // CPython words this one by hand (it has no text signature).
    let args = a.rest();
    if args.is_empty() || args.len() > 2 {
        return vm.type_error("math.log requires 1 to 2 arguments");
    }
    let num = log_helper(vm, args[0], f64::ln)?;
    if args.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = log_helper(vm, args[1], f64::ln)?;
    if den == 0.0 {
        return vm.zero_div("float division by zero");
    }
    Ok(Value::Float(num / den))
}

fn m_log2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    log_helper(vm, a, f64::log2).map(Value::Float)
}

fn m_log10(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    log_helper(vm, a, f64::log10).map(Value::Float)
}

/// The two float arguments of a two-parameter function.
fn two_floats(vm: &mut Vm, a: &Args) -> PyResult<(f64, f64)> {
    let x = float_arg(vm, a.arg(0))?;
    let y = float_arg(vm, a.arg(1))?;
    Ok((x, y))
}

fn m_pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a)?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return domain_error(vm);
    }
    if r.is_infinite() {
        return if x == 0.0 {
            domain_error(vm)
        } else {
            range_error(vm)
        };
    }
    Ok(Value::Float(r))
}

/// A two-argument function with `math_2`'s rules.
fn math_2(vm: &mut Vm, x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain_error(vm);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return range_error(vm);
    }
    Ok(Value::Float(r))
}

fn m_fmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    math_2(vm, x, y, x % y)
}

fn m_atan2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, a)?;
    Ok(Value::Float(y.atan2(x)))
}

fn m_copysign(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a)?;
    Ok(Value::Float(x.copysign(y)))
}

fn m_remainder(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a)?;
    if x.is_finite() && y.is_infinite() {
        return Ok(Value::Float(x));
    }
    math_2(vm, x, y, libm::remainder(x, y))
}

fn m_nextafter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a)?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

fn m_ulp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    let x = float_arg(vm, a)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

fn m_modf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    let x = float_arg(vm, a)?;
    let (frac, int) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    vm.new_tuple(vec![Value::Float(frac), Value::Float(int)])
}

fn m_frexp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    let x = float_arg(vm, a)?;
    let (m, e) = upy_vm::objects::float::frexp(x);
    vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)])
}

fn m_ldexp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = float_arg(vm, a.arg(0))?;
    if !is_int(vm, a.arg(1)) {
        return vm.type_error("Expected an int as second argument to ldexp.");
    }
    let e = upy_vm::objects::int::to_big(vm, a.arg(1)).unwrap_or_default();
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let e = e.clamp(-100_000, 100_000) as i32;
    let r = libm::scalbn(x, e);
    if r.is_infinite() {
        return range_error(vm);
    }
    Ok(Value::Float(r))
}

fn m_isfinite(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    Ok(Value::Bool(float_arg(vm, a)?.is_finite()))
}

fn m_isinf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    Ok(Value::Bool(float_arg(vm, a)?.is_infinite()))
}

fn m_isnan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    Ok(Value::Bool(float_arg(vm, a)?.is_nan()))
}

fn m_isclose(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = float_arg(vm, a.arg(0))?;
    let y = float_arg(vm, a.arg(1))?;
    let rel = match a.get(2) {
        Some(v) => float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match a.get(3) {
        Some(v) => float_arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return vm.value_error("tolerances must be non-negative");
    }
    Ok(Value::Bool(isclose(x, y, rel, abs)))
}

/// CPython's `isclose` rule (shared with `cmath`).
pub(crate) fn isclose(x: f64, y: f64, rel: f64, abs: f64) -> bool {
    if x == y {
        return true;
    }
    if x.is_infinite() || y.is_infinite() {
        return false;
    }
    let diff = (y - x).abs();
    diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs
}

fn m_degrees(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    let x = float_arg(vm, a)?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    let x = float_arg(vm, a)?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

/// `floor`, `ceil` and `trunc`: ints pass through, floats are rounded
/// and converted, other objects use their special method.
fn rounding(vm: &mut Vm, v: Value, special: Value, f: fn(f64) -> f64) -> PyResult<Value> {
    match v {
        Value::Float(x) => return float_to_int(vm, f(x)),
        Value::Int(_) => return Ok(v),
        Value::Bool(b) => return Ok(Value::Int(b as i64)),
        _ => {}
    }
    if is_int(vm, v) && !vm.is_user_value(v) {
        return Ok(v);
    }
    if vm.is_user_value(v) {
        if let Some(m) = vm.lookup_special(v, special) {
            return vm.call_bound(m, v, &[]);
        }
        if is_int(vm, v) {
            return upy_vm::objects::int::int_from_value(vm, vm.unwrap_base(v));
        }
    }
    let x = float_arg(vm, v)?;
    float_to_int(vm, f(x))
}

fn m_floor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    let n = vm.names.__floor__;
    rounding(vm, a, n, f64::floor)
}

fn m_ceil(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    let n = vm.names.__ceil__;
    rounding(vm, a, n, f64::ceil)
}

fn m_trunc(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    let is_float = matches!(vm.unwrap_base(a), Value::Float(_));
    if !is_int(vm, a) && !is_float {
        let n = vm.names.__trunc__;
        if vm.lookup_special(a, n).is_none() {
            let t = vm.type_name(a);
            return vm.type_error(format!("type {} doesn't define __trunc__ method", t));
        }
    }
    let n = vm.names.__trunc__;
    rounding(vm, a, n, f64::trunc)
}

/// Functions registered by `math::init`.
pub(super) const FUNCTIONS: &[Native] = &[
    Native::new("sqrt(x, /)", m_sqrt),
    Native::new("exp(x, /)", m_exp),
    Native::new("exp2(x, /)", m_exp2),
    Native::new("expm1(x, /)", m_expm1),
    Native::legacy("log(*args)", m_log),
    Native::new("log2(x, /)", m_log2),
    Native::new("log10(x, /)", m_log10),
    Native::new("log1p(x, /)", m_log1p),
    Native::new("pow(x, y, /)", m_pow),
    Native::new("sin(x, /)", m_sin),
    Native::new("cos(x, /)", m_cos),
    Native::new("tan(x, /)", m_tan),
    Native::new("asin(x, /)", m_asin),
    Native::new("acos(x, /)", m_acos),
    Native::new("atan(x, /)", m_atan),
    Native::new("atan2(y, x, /)", m_atan2),
    Native::new("sinh(x, /)", m_sinh),
    Native::new("cosh(x, /)", m_cosh),
    Native::new("tanh(x, /)", m_tanh),
    Native::new("asinh(x, /)", m_asinh),
    Native::new("acosh(x, /)", m_acosh),
    Native::new("atanh(x, /)", m_atanh),
    Native::new("fabs(x, /)", m_fabs),
    Native::new("cbrt(x, /)", m_cbrt),
    Native::new("erf(x, /)", m_erf),
    Native::new("erfc(x, /)", m_erfc),
    Native::new("gamma(x, /)", m_gamma),
    Native::new("lgamma(x, /)", m_lgamma),
    Native::new("fmod(x, y, /)", m_fmod),
    Native::new("copysign(x, y, /)", m_copysign),
    Native::new("remainder(x, y, /)", m_remainder),
    Native::new("nextafter(x, y, /)", m_nextafter),
    Native::new("ulp(x, /)", m_ulp),
    Native::new("modf(x, /)", m_modf),
    Native::new("frexp(x, /)", m_frexp),
    Native::new("ldexp(x, i, /)", m_ldexp),
    Native::new("isfinite(x, /)", m_isfinite),
    Native::new("isinf(x, /)", m_isinf),
    Native::new("isnan(x, /)", m_isnan),
    Native::new("isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)", m_isclose),
    Native::new("degrees(x, /)", m_degrees),
    Native::new("radians(x, /)", m_radians),
    Native::new("floor(x, /)", m_floor),
    Native::new("ceil(x, /)", m_ceil),
    Native::new("trunc(x, /)", m_trunc),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gamma_of_small_integers_is_exact() {
        assert_eq!(gamma(5.0), 24.0);
        assert_eq!(gamma(1.0), 1.0);
        assert!(gamma(0.0).is_nan());
    }

    #[test]
    fn frexp_of_big_int() {
        let b = BigInt::from(1u64) << 2000u32;
        let (m, e) = big_frexp(&b);
        assert_eq!((m, e), (0.5, 2001));
    }
}
