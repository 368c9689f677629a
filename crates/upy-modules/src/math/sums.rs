//! Accumulating functions of `math`: `fsum` (exact summation), `hypot`
//! and `dist` (scaled, compensated Euclidean norm) and `prod`.

use upy_compiler::code::BinOp;
use upy_vm::native::{Args, Native};
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::float_arg;

/// Exact sum of floats by Shewchuk's algorithm: a list of non-overlapping
/// partial sums, rounded once at the end.
fn exact_sum(vm: &mut Vm, xs: impl IntoIterator<Item = f64>) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for mut x in xs {
        let orig = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite partial: either an infinity or NaN in the
                // input, or an overflow of the running sum.
                if orig.is_finite() {
                    return vm.overflow_error("intermediate overflow in fsum");
                }
                if orig.is_infinite() {
                    inf_sum += orig;
                }
                special += orig;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return vm.value_error("-inf + inf in fsum");
        }
        return Ok(special);
    }
    let mut n = partials.len();
    let mut hi = 0.0;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the remaining partials push the
        // result over a halfway point.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn m_fsum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let items = vm.collect_iterable(a.arg(0))?;
    vm.roots.extend(items.iter().copied());
    let mut xs = Vec::with_capacity(items.len());
    for v in items {
        xs.push(float_arg(vm, v)?);
    }
    exact_sum(vm, xs).map(Value::Float)
}

/// `x*y` as an exact sum `hi + lo`.
fn mul_exact(x: f64, y: f64) -> (f64, f64) {
    let hi = x * y;
    (hi, x.mul_add(y, -hi))
}

/// `a+b` as an exact sum `hi + lo`, for `|a| >= |b|`.
fn sum_exact(a: f64, b: f64) -> (f64, f64) {
    let hi = a + b;
    (hi, (a - hi) + b)
}

/// Euclidean norm of finite non-negative `v` whose largest entry is `max`:
/// scale by a power of two, sum squares with compensation, then correct
/// the square root once.
fn vector_norm(v: &mut [f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = upy_vm::objects::float::frexp(max);
    if max_e < -1023 {
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE, found_nan);
    }
    let scale = libm::scalbn(1.0, -max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in v.iter() {
        let x = x * scale;
        let (phi, plo) = mul_exact(x, x);
        let (shi, slo) = sum_exact(csum, phi);
        csum = shi;
        frac1 += plo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (phi, plo) = mul_exact(-h, h);
    let (shi, slo) = sum_exact(csum, phi);
    csum = shi;
    frac1 += plo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// Norm of absolute values, tracking the maximum and NaNs.
fn norm_of(mut v: Vec<f64>) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    for x in v.iter_mut() {
        *x = x.abs();
        found_nan |= x.is_nan();
        if *x > max {
            max = *x;
        }
    }
    vector_norm(&mut v, max, found_nan)
}

fn m_hypot(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut v = Vec::with_capacity(a.rest().len());
    for &x in a.rest() {
        v.push(float_arg(vm, x)?);
    }
    Ok(Value::Float(norm_of(v)))
}

fn m_dist(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = vm.collect_iterable(a.arg(0))?;
    vm.roots.extend(p.iter().copied());
    let q = vm.collect_iterable(a.arg(1))?;
    vm.roots.extend(q.iter().copied());
    if p.len() != q.len() {
        return vm.value_error("both points must have the same number of dimensions");
    }
    let mut v = Vec::with_capacity(p.len());
    for (a, b) in p.into_iter().zip(q) {
        let x = float_arg(vm, a)?;
        let y = float_arg(vm, b)?;
        v.push(x - y);
    }
    Ok(Value::Float(norm_of(v)))
}

fn m_prod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut acc = a.value(vm, 1)?;
    let it = vm.get_iter(a.arg(0))?;
    vm.roots.push(it);
    let slot = vm.roots.len();
    vm.roots.push(acc);
    while let Some(x) = vm.next(it)? {
        acc = vm.binary_op(BinOp::Mul, acc, x)?;
        vm.roots[slot] = acc;
    }
    Ok(acc)
}

/// Functions registered by `math::init`.
pub(super) const FUNCTIONS: &[Native] = &[
    Native::new("fsum(seq, /)", m_fsum),
    Native::new("hypot(*coordinates)", m_hypot),
    Native::new("dist(p, q, /)", m_dist),
    Native::new("prod(iterable, /, *, start=1)", m_prod),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norms() {
        assert_eq!(norm_of(vec![3.0, 4.0]), 5.0);
        assert_eq!(norm_of(vec![1.0, 1.0, 1.0]), 1.7320508075688772);
        assert_eq!(norm_of(vec![f64::INFINITY, f64::NAN]), f64::INFINITY);
    }
}
