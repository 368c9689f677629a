//! The `cmath` module: complex versions of the elementary functions,
//! with CPython's error rules, plus polar/rect and the classifiers.

mod funcs;

use upy_vm::native::{Args, Native};
use upy_vm::obj::Obj;
use upy_vm::objects::complex::{as_complex, new_complex};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;
use funcs::{C, R};

/// A complex argument: complex, int, float, or an object with
/// `__complex__`, `__float__` or `__index__`.
fn complex_arg(vm: &mut Vm, v: Value) -> PyResult<C> {
    let b = vm.unwrap_base(v);
    if let Some(c) = as_complex(vm, b) {
        if let Value::Obj(g) = b {
            if let Obj::BigInt(_) = vm.heap.get(g) {
                let f = util::float_arg(vm, b)?;
                return Ok((f, 0.0));
            }
        }
        return Ok(c);
    }
    if vm.is_user_value(v) {
        let name = vm.intern("__complex__");
        if let Some(f) = vm.lookup_special(v, name) {
            let r = vm.call_bound(f, v, &[])?;
            return match vm.unwrap_base(r) {
                Value::Obj(g) if matches!(vm.heap.get(g), Obj::Complex(..)) => {
                    Ok(as_complex(vm, r).unwrap_or((0.0, 0.0)))
                }
                _ => {
                    let t = vm.type_name(r);
                    vm.type_error(format!("__complex__ returned non-complex (type {})", t))
                }
            };
        }
    }
    let f = util::float_arg(vm, v)?;
    Ok((f, 0.0))
}

fn result(vm: &mut Vm, r: R) -> PyResult<Value> {
    match r {
        Ok((a, b)) => new_complex(vm, a, b),
        Err(true) => vm.value_error("math domain error"),
        Err(false) => vm.overflow_error("math range error"),
    }
}

macro_rules! unary {
    ($($fname:ident, $f:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                let z = complex_arg(vm, a.arg(0))?;
                let f: fn(C) -> R = $f;
                result(vm, f(z))
            }
        )*
    };
}

unary!(
    c_sqrt, |z| Ok(funcs::sqrt(z));
    c_exp, funcs::exp;
    c_sinh, funcs::sinh;
    c_cosh, funcs::cosh;
    c_tanh, funcs::tanh;
    c_asinh, |z| Ok(funcs::asinh(z));
    c_acosh, |z| Ok(funcs::acosh(z));
    c_atanh, funcs::atanh;
    c_sin, |z| funcs::via_i(z, funcs::sinh);
    c_cos, |z| funcs::cosh((-z.1, z.0));
    c_tan, |z| funcs::via_i(z, funcs::tanh);
    c_asin, |z| funcs::via_i(z, |w| Ok(funcs::asinh(w)));
    c_acos, |z| Ok(funcs::acos(z));
    c_atan, |z| funcs::via_i(z, funcs::atanh);
    c_log10, |z| funcs::log(z).map(|(a, b)| (a / std::f64::consts::LN_10, b / std::f64::consts::LN_10));
);

fn c_log(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let z = complex_arg(vm, a.arg(0))?;
    let base = match a.get(1) {
        Some(b) => Some(complex_arg(vm, b)?),
        None => None,
    };
    let mut r = funcs::log(z);
    if let (Ok(x), Some(b)) = (r, base) {
        // A zero denominator is a domain error, as in CPython.
        r = funcs::log(b).and_then(|y| funcs::div(x, y).ok_or(true));
    }
    result(vm, r)
}

fn c_phase(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = complex_arg(vm, a.arg(0))?;
    Ok(Value::Float(y.atan2(x)))
}

fn c_polar(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = complex_arg(vm, a.arg(0))?;
    let r = x.hypot(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return vm.overflow_error("math range error");
    }
    vm.new_tuple(vec![Value::Float(r), Value::Float(y.atan2(x))])
}

fn c_rect(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = util::float_arg(vm, a.arg(0))?;
    let phi = util::float_arg(vm, a.arg(1))?;
    if r.is_finite() && phi.is_infinite() {
        return vm.value_error("math domain error");
    }
    let (re, im) = if r == 0.0 && phi.is_finite() {
        (0.0, 0.0)
    } else {
        (r * phi.cos(), r * phi.sin())
    };
    new_complex(vm, re, im)
}

fn c_isfinite(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = complex_arg(vm, a.arg(0))?;
    Ok(Value::Bool(x.is_finite() && y.is_finite()))
}

fn c_isinf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = complex_arg(vm, a.arg(0))?;
    Ok(Value::Bool(x.is_infinite() || y.is_infinite()))
}

fn c_isnan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = complex_arg(vm, a.arg(0))?;
    Ok(Value::Bool(x.is_nan() || y.is_nan()))
}

fn c_isclose(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = complex_arg(vm, a.arg(0))?;
    let y = complex_arg(vm, a.arg(1))?;
    let rel = match a.get(2) {
        Some(v) => util::float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match a.get(3) {
        Some(v) => util::float_arg(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return vm.value_error("tolerances must be non-negative");
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (x.0 - y.0).hypot(x.1 - y.1);
    let ax = x.0.hypot(x.1);
    let ay = y.0.hypot(y.1);
    Ok(Value::Bool(
        diff <= rel * ay || diff <= rel * ax || diff <= abs,
    ))
}

const FUNCTIONS: &[Native] = &[
    Native::new("sqrt(z, /)", c_sqrt),
    Native::new("exp(z, /)", c_exp),
    Native::new("log(z, base=..., /)", c_log),
    Native::new("log10(z, /)", c_log10),
    Native::new("sin(z, /)", c_sin),
    Native::new("cos(z, /)", c_cos),
    Native::new("tan(z, /)", c_tan),
    Native::new("asin(z, /)", c_asin),
    Native::new("acos(z, /)", c_acos),
    Native::new("atan(z, /)", c_atan),
    Native::new("sinh(z, /)", c_sinh),
    Native::new("cosh(z, /)", c_cosh),
    Native::new("tanh(z, /)", c_tanh),
    Native::new("asinh(z, /)", c_asinh),
    Native::new("acosh(z, /)", c_acosh),
    Native::new("atanh(z, /)", c_atanh),
    Native::new("phase(z, /)", c_phase),
    Native::new("polar(z, /)", c_polar),
    Native::new("rect(r, phi, /)", c_rect),
    Native::new("isfinite(z, /)", c_isfinite),
    Native::new("isinf(z, /)", c_isinf),
    Native::new("isnan(z, /)", c_isnan),
    Native::new("isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)", c_isclose),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "cmath", FUNCTIONS)?;
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.module_set(m, name, Value::Float(v))?;
    }
    let infj = new_complex(vm, 0.0, f64::INFINITY)?;
    vm.module_set(m, "infj", infj)?;
    let nanj = new_complex(vm, 0.0, f64::NAN)?;
    vm.module_set(m, "nanj", nanj)?;
    Ok(m)
}
