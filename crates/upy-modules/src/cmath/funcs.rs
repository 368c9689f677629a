//! Complex elementary functions with CPython's formulas (chosen for
//! accuracy near branch cuts and for huge or tiny arguments). Each
//! returns the result and an error: domain (`Err(true)`) or range
//! (`Err(false)`).

use std::f64::consts::{FRAC_PI_2, LN_2};

/// A complex number as (real, imag).
pub type C = (f64, f64);

/// Outcome: Ok, or Err(true) for a domain error, Err(false) for overflow.
pub type R = Result<C, bool>;

const LARGE: f64 = f64::MAX / 4.0;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

/// Check for overflow of a result computed from a finite argument.
fn overflow_check(z: C, r: C) -> R {
    if finite(z) && !finite(r) {
        return Err(false);
    }
    Ok(r)
}

pub fn sqrt(z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if y.is_infinite() {
            return (f64::INFINITY, y);
        }
        if x == f64::NEG_INFINITY {
            return (if y.is_nan() { y } else { 0.0 }, f64::INFINITY.copysign(y));
        }
        if x == f64::INFINITY {
            return (x, if y.is_nan() { y } else { 0f64.copysign(y) });
        }
        return (f64::NAN, f64::NAN);
    }
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    let (ax, ay) = (x.abs(), y.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot would be subnormal: scale up first.
        let ax = libm::scalbn(ax, 53);
        libm::scalbn((ax + ax.hypot(libm::scalbn(ay, 53))).sqrt(), -27)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    }
}

pub fn exp(z: C) -> R {
    let (x, y) = z;
    if !finite(z) {
        if x == f64::NEG_INFINITY && !y.is_finite() {
            return Ok((0.0, 0.0));
        }
        if x.is_infinite() && y == 0.0 {
            return Ok((if x > 0.0 { x } else { 0.0 }, y));
        }
        let l = x.exp();
        return Ok((l * y.cos(), l * y.sin()));
    }
    let r = if x > log_large() {
        let l = (x - 1.0).exp();
        (
            l * y.cos() * std::f64::consts::E,
            l * y.sin() * std::f64::consts::E,
        )
    } else {
        let l = x.exp();
        (l * y.cos(), l * y.sin())
    };
    overflow_check(z, r)
}

pub fn log(z: C) -> R {
    let (x, y) = z;
    let (ax, ay) = (x.abs(), y.abs());
    let re = if !finite(z) {
        if ax.is_infinite() || ay.is_infinite() {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm::scalbn(ax, 53).hypot(libm::scalbn(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return Err(true);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok((re, y.atan2(x)))
}

pub fn sinh(z: C) -> R {
    let (x, y) = z;
    let r = if x.abs() > log_large() {
        let xm1 = x - 1f64.copysign(x);
        let e = std::f64::consts::E;
        (y.cos() * xm1.sinh() * e, y.sin() * xm1.cosh() * e)
    } else {
        (y.cos() * x.sinh(), y.sin() * x.cosh())
    };
    overflow_check(z, r)
}

pub fn cosh(z: C) -> R {
    let (x, y) = z;
    let r = if x.abs() > log_large() {
        let xm1 = x - 1f64.copysign(x);
        let e = std::f64::consts::E;
        (y.cos() * xm1.cosh() * e, y.sin() * xm1.sinh() * e)
    } else {
        (y.cos() * x.cosh(), y.sin() * x.sinh())
    };
    overflow_check(z, r)
}

pub fn tanh(z: C) -> R {
    let (x, y) = z;
    if x.abs() > log_large() {
        return Ok((
            1f64.copysign(x),
            4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(),
        ));
    }
    let tx = x.tanh();
    let ty = y.tan();
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

pub fn asinh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = (x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0;
        let re = if y >= 0.0 {
            l.copysign(x)
        } else {
            -l.copysign(-x)
        };
        return (re, y.atan2(x.abs()));
    }
    let s1 = sqrt((1.0 + y, -x));
    let s2 = sqrt((1.0 - y, x));
    (
        libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        y.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    )
}

pub fn acos(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = (x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0;
        let im = if x < 0.0 {
            -l.copysign(y)
        } else {
            l.copysign(-y)
        };
        return (y.abs().atan2(x), im);
    }
    let s1 = sqrt((1.0 - x, -y));
    let s2 = sqrt((1.0 + x, y));
    (
        2.0 * s1.0.atan2(s2.0),
        libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    )
}

pub fn acosh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        return ((x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0, y.atan2(x));
    }
    let s1 = sqrt((x - 1.0, y));
    let s2 = sqrt((x + 1.0, y));
    (
        libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * s1.1.atan2(s2.0),
    )
}

pub fn atanh(z: C) -> R {
    let (x, y) = z;
    if x < 0.0 {
        return atanh((-x, -y)).map(|(a, b)| (-a, -b));
    }
    let ay = y.abs();
    if x > sqrt_large() || ay > sqrt_large() {
        let h = (x / 2.0).hypot(y / 2.0);
        return Ok((x / 4.0 / h / h, -FRAC_PI_2.copysign(-y)));
    }
    if x == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(true);
        }
        return Ok((
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2f64.atan2(-ay) / 2.0).copysign(y),
        ));
    }
    Ok((
        (4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * y).atan2((1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
    ))
}

/// `f(i*z)` rotated back by `-i`: how sin, tan, asin and atan derive from
/// the hyperbolic functions.
pub fn via_i(z: C, f: impl Fn(C) -> R) -> R {
    f((-z.1, z.0)).map(|(a, b)| (b, -a))
}

/// `a / b` as CPython's complex division (used by `log(z, base)`).
pub fn div(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}
