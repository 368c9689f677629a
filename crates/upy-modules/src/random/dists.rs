//! Real-valued methods of `random.Random`: `random`, `uniform` and the
//! distributions, using CPython's algorithms so that the same draws give
//! the same results.

use std::f64::consts::{E, PI, TAU};

use upy_vm::native::{Args, Native};
use upy_vm::objects::float::float_mod;
use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::{rng, this};
use crate::util;

/// `self` and the first `n` parameters (floats, or their defaults).
fn floats(vm: &mut Vm, a: &Args, n: usize) -> PyResult<(Value, Vec<f64>)> {
    let s = this(vm, a)?;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let v = a.value(vm, i)?;
        out.push(util::float_arg(vm, v)?);
    }
    Ok((s, out))
}

fn draw(vm: &mut Vm, s: Value) -> f64 {
    rng(vm, s).mt.random()
}

fn r_random(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    Ok(Value::Float(draw(vm, s)))
}

fn r_uniform(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, p) = floats(vm, a, 2)?;
    let (lo, hi) = (p[0], p[1]);
    Ok(Value::Float(lo + (hi - lo) * draw(vm, s)))
}

fn r_triangular(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, p) = floats(vm, a, 2)?;
    let (mut low, mut high) = (p[0], p[1]);
    let mode = match a.get(2) {
        Some(v) if !v.is_none() => Some(util::float_arg(vm, v)?),
        _ => None,
    };
    let mut u = draw(vm, s);
    let mut c = match mode {
        None => 0.5,
        Some(m) => {
            if high == low {
                return Ok(Value::Float(low));
            }
            (m - low) / (high - low)
        }
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(Value::Float(low + (high - low) * (u * c).sqrt()))
}

/// `normalvariate`'s Kinderman-Monahan ratio method.
fn normal(vm: &mut Vm, s: Value, mu: f64, sigma: f64) -> f64 {
    let magic = 4.0 * (-0.5f64).exp() / 2f64.sqrt();
    loop {
        let u1 = draw(vm, s);
        let u2 = 1.0 - draw(vm, s);
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            return mu + z * sigma;
        }
    }
}

fn r_normalvariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, p) = floats(vm, a, 2)?;
    Ok(Value::Float(normal(vm, s, p[0], p[1])))
}

fn r_lognormvariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, p) = floats(vm, a, 2)?;
    let x = normal(vm, s, p[0], p[1]).exp();
    Ok(Value::Float(x))
}

fn r_gauss(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, p) = floats(vm, a, 2)?;
    let z = match rng(vm, s).gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = draw(vm, s) * TAU;
            let g2rad = (-2.0 * (1.0 - draw(vm, s)).ln()).sqrt();
            rng(vm, s).gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    };
    Ok(Value::Float(p[0] + z * p[1]))
}

fn r_expovariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, p) = floats(vm, a, 1)?;
    let u = draw(vm, s);
    if p[0] == 0.0 {
        return vm.zero_div("float division by zero");
    }
    Ok(Value::Float(-(1.0 - u).ln() / p[0]))
}

fn r_vonmisesvariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, p) = floats(vm, a, 2)?;
    let (mu, kappa) = (p[0], p[1]);
    if kappa <= 1e-6 {
        return Ok(Value::Float(TAU * draw(vm, s)));
    }
    let sv = 0.5 / kappa;
    let r = sv + (1.0 + sv * sv).sqrt();
    let z = loop {
        let u1 = draw(vm, s);
        let z = (PI * u1).cos();
        let d = z / (r + z);
        let u2 = draw(vm, s);
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let u3 = draw(vm, s);
    let theta = if u3 > 0.5 {
        float_mod(mu + f.acos(), TAU)
    } else {
        float_mod(mu - f.acos(), TAU)
    };
    Ok(Value::Float(theta))
}

/// `gammavariate(alpha, beta)`: Cheng's method for alpha > 1, the
/// exponential for alpha == 1, and algorithm GS below 1.
fn gamma(vm: &mut Vm, s: Value, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return vm.value_error("gammavariate: alpha and beta must be > 0.0");
    }
    if alpha > 1.0 {
        let log4 = 4f64.ln();
        let sg_magic = 1.0 + 4.5f64.ln();
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - log4;
        let ccc = alpha + ainv;
        loop {
            let u1 = draw(vm, s);
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - draw(vm, s);
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-(1.0 - draw(vm, s)).ln() * beta);
    }
    loop {
        let u = draw(vm, s);
        let b = (E + alpha) / E;
        let p = b * u;
        let x = if p <= 1.0 {
            p.powf(1.0 / alpha)
        } else {
            -((b - p) / alpha).ln()
        };
        let u1 = draw(vm, s);
        if p > 1.0 {
            if u1 <= x.powf(alpha - 1.0) {
                return Ok(x * beta);
            }
        } else if u1 <= (-x).exp() {
            return Ok(x * beta);
        }
    }
}

fn r_gammavariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, p) = floats(vm, a, 2)?;
    gamma(vm, s, p[0], p[1]).map(Value::Float)
}

fn r_betavariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, p) = floats(vm, a, 2)?;
    let y = gamma(vm, s, p[0], 1.0)?;
    if y == 0.0 {
        return Ok(Value::Float(0.0));
    }
    let y2 = gamma(vm, s, p[1], 1.0)?;
    Ok(Value::Float(y / (y + y2)))
}

fn r_paretovariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, p) = floats(vm, a, 1)?;
    let u = 1.0 - draw(vm, s);
    Ok(Value::Float(u.powf(-1.0 / p[0])))
}

fn r_weibullvariate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, p) = floats(vm, a, 2)?;
    let u = 1.0 - draw(vm, s);
    Ok(Value::Float(p[0] * (-u.ln()).powf(1.0 / p[1])))
}

pub(super) const METHODS: &[Native] = &[
    Native::new("random(self, /)", r_random),
    Native::python("uniform(self, a, b)", r_uniform),
    Native::python(
        "triangular(self, low=0.0, high=1.0, mode=None)",
        r_triangular,
    ),
    Native::python("normalvariate(self, mu=0.0, sigma=1.0)", r_normalvariate),
    Native::python("lognormvariate(self, mu, sigma)", r_lognormvariate),
    Native::python("gauss(self, mu=0.0, sigma=1.0)", r_gauss),
    Native::python("expovariate(self, lambd)", r_expovariate),
    Native::python("vonmisesvariate(self, mu, kappa)", r_vonmisesvariate),
    Native::python("gammavariate(self, alpha, beta)", r_gammavariate),
    Native::python("betavariate(self, alpha, beta)", r_betavariate),
    Native::python("paretovariate(self, alpha)", r_paretovariate),
    Native::python("weibullvariate(self, alpha, beta)", r_weibullvariate),
];
