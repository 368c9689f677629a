//! Integer functions of `math`: gcd, lcm, factorial, comb, perm, isqrt.
//! They take ints only (through `__index__`) and work on big ints.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use upy_vm::native::{Args, Native};
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::int_arg;

fn ints(vm: &mut Vm, a: &Args) -> PyResult<Vec<BigInt>> {
    a.rest().iter().map(|&v| int_arg(vm, v)).collect()
}

fn m_gcd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let xs = ints(vm, a)?;
    let g = xs.iter().fold(BigInt::zero(), |acc, x| acc.gcd(x));
    vm.new_bigint(g)
}

fn m_lcm(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let xs = ints(vm, a)?;
    let mut acc = BigInt::one();
    for x in &xs {
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        acc = acc.lcm(x);
    }
    vm.new_bigint(acc.abs())
}

/// Product of the integers in `lo..hi`, split in halves so that the big
/// multiplications stay balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut r = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..hi {
            match small.checked_mul(k) {
                Some(p) => small = p,
                None => {
                    r *= small;
                    small = k;
                }
            }
        }
        return r * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn m_factorial(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    let n = int_arg(vm, a)?;
    if n.is_negative() {
        return vm.value_error("factorial() not defined for negative values");
    }
    let Some(n) = n.to_i64() else {
        return vm.overflow_error("factorial() argument should not exceed 9223372036854775807");
    };
    vm.check_alloc((n as usize).saturating_mul(8))?;
    vm.new_bigint(range_product(1, n as u64 + 1))
}

/// `n` and `k` of comb/perm, validated.
fn n_k(vm: &mut Vm, n: Value, k: Value) -> PyResult<(BigInt, BigInt)> {
    let n = int_arg(vm, n)?;
    let k = int_arg(vm, k)?;
    if n.is_negative() {
        return vm.value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return vm.value_error("k must be a non-negative integer");
    }
    Ok((n, k))
}

/// `n * (n-1) * ... * (n-k+1)` for a machine-sized `k`.
fn falling(n: &BigInt, k: u64) -> BigInt {
    let mut r = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        r *= &f;
        f -= 1;
    }
    r
}

fn m_comb(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (n, k) = n_k(vm, a.arg(0), a.arg(1))?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return vm.overflow_error("min(n - k, k) must not exceed 9223372036854775807");
    };
    vm.check_alloc((k as usize).saturating_mul(8))?;
    let r = falling(&n, k) / range_product(1, k + 1);
    vm.new_bigint(r)
}

fn m_perm(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let kv = match a.get(1) {
        Some(v) if !v.is_none() => v,
        _ => a.arg(0),
    };
    let (n, k) = n_k(vm, a.arg(0), kv)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return vm.overflow_error("k must not exceed 9223372036854775807");
    };
    vm.check_alloc((k as usize).saturating_mul(8))?;
    vm.new_bigint(falling(&n, k))
}

fn m_isqrt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let a = a.arg(0);
    let n = int_arg(vm, a)?;
    if n.is_negative() {
        return vm.value_error("isqrt() argument must be nonnegative");
    }
    vm.new_bigint(n.sqrt())
}

/// Functions registered by `math::init`.
pub(super) const FUNCTIONS: &[Native] = &[
    Native::new("gcd(*integers)", m_gcd),
    Native::new("lcm(*integers)", m_lcm),
    Native::new("factorial(n, /)", m_factorial),
    Native::new("comb(n, k, /)", m_comb),
    Native::new("perm(n, k=None, /)", m_perm),
    Native::new("isqrt(n, /)", m_isqrt),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products() {
        assert_eq!(range_product(1, 6), BigInt::from(120));
        assert_eq!(range_product(1, 1), BigInt::one());
        assert_eq!(
            range_product(1, 31).to_string(),
            "265252859812191058636308480000000"
        );
    }
}
