//! The `cmath` module: complex versions of the elementary functions,
//! with CPython's error rules, plus polar/rect and the classifiers.

mod funcs;

use upy_vm::obj::{NativeFnPtr, Obj};
use upy_vm::objects::complex::{as_complex, new_complex};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util::{self, Kw};
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
    ($($fname:ident, $pyname:literal, $f:expr;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
                let a = util::one_arg(vm, $pyname, args, kw)?;
                let z = complex_arg(vm, a)?;
                let f: fn(C) -> R = $f;
                result(vm, f(z))
            }
        )*
    };
}

unary!(
    c_sqrt, "cmath.sqrt", |z| Ok(funcs::sqrt(z));
    c_exp, "cmath.exp", funcs::exp;
    c_sinh, "cmath.sinh", funcs::sinh;
    c_cosh, "cmath.cosh", funcs::cosh;
    c_tanh, "cmath.tanh", funcs::tanh;
    c_asinh, "cmath.asinh", |z| Ok(funcs::asinh(z));
    c_acosh, "cmath.acosh", |z| Ok(funcs::acosh(z));
    c_atanh, "cmath.atanh", funcs::atanh;
    c_sin, "cmath.sin", |z| funcs::via_i(z, funcs::sinh);
    c_cos, "cmath.cos", |z| funcs::cosh((-z.1, z.0));
    c_tan, "cmath.tan", |z| funcs::via_i(z, funcs::tanh);
    c_asin, "cmath.asin", |z| funcs::via_i(z, |w| Ok(funcs::asinh(w)));
    c_acos, "cmath.acos", |z| Ok(funcs::acos(z));
    c_atan, "cmath.atan", |z| funcs::via_i(z, funcs::atanh);
    c_log10, "cmath.log10", |z| funcs::log(z).map(|(a, b)| (a / std::f64::consts::LN_10, b / std::f64::consts::LN_10));
);

fn c_log(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    util::clinic(vm, "log", args, kw, 1, 2)?;
    let z = complex_arg(vm, args[0])?;
    let base = match args.get(1) {
        Some(&b) => Some(complex_arg(vm, b)?),
        None => None,
    };
    let mut r = funcs::log(z);
    if let (Ok(x), Some(b)) = (r, base) {
        // A zero denominator is a domain error, as in CPython.
        r = funcs::log(b).and_then(|y| funcs::div(x, y).ok_or(true));
    }
    result(vm, r)
}

fn c_phase(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = util::one_arg(vm, "cmath.phase", args, kw)?;
    let (x, y) = complex_arg(vm, a)?;
    Ok(Value::Float(y.atan2(x)))
}

fn c_polar(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = util::one_arg(vm, "cmath.polar", args, kw)?;
    let (x, y) = complex_arg(vm, a)?;
    let r = x.hypot(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return vm.overflow_error("math range error");
    }
    vm.new_tuple(vec![Value::Float(r), Value::Float(y.atan2(x))])
}

fn c_rect(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    util::clinic(vm, "rect", args, kw, 2, 2)?;
    let r = util::float_arg(vm, args[0])?;
    let phi = util::float_arg(vm, args[1])?;
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

fn c_isfinite(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = util::one_arg(vm, "cmath.isfinite", args, kw)?;
    let (x, y) = complex_arg(vm, a)?;
    Ok(Value::Bool(x.is_finite() && y.is_finite()))
}

fn c_isinf(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = util::one_arg(vm, "cmath.isinf", args, kw)?;
    let (x, y) = complex_arg(vm, a)?;
    Ok(Value::Bool(x.is_infinite() || y.is_infinite()))
}

fn c_isnan(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = util::one_arg(vm, "cmath.isnan", args, kw)?;
    let (x, y) = complex_arg(vm, a)?;
    Ok(Value::Bool(x.is_nan() || y.is_nan()))
}

fn c_isclose(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = upy_vm::args::bind(
        vm,
        "isclose",
        args,
        kw,
        &["a", "b", "$rel_tol", "$abs_tol"],
        2,
    )?;
    let x = complex_arg(vm, a[0].unwrap_or(Value::None))?;
    let y = complex_arg(vm, a[1].unwrap_or(Value::None))?;
    let rel = match a[2] {
        Some(v) => util::float_arg(vm, v)?,
        None => 1e-9,
    };
    let abs = match a[3] {
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

const FUNCTIONS: &[(&str, NativeFnPtr)] = &[
    ("sqrt", c_sqrt),
    ("exp", c_exp),
    ("log", c_log),
    ("log10", c_log10),
    ("sin", c_sin),
    ("cos", c_cos),
    ("tan", c_tan),
    ("asin", c_asin),
    ("acos", c_acos),
    ("atan", c_atan),
    ("sinh", c_sinh),
    ("cosh", c_cosh),
    ("tanh", c_tanh),
    ("asinh", c_asinh),
    ("acosh", c_acosh),
    ("atanh", c_atanh),
    ("phase", c_phase),
    ("polar", c_polar),
    ("rect", c_rect),
    ("isfinite", c_isfinite),
    ("isinf", c_isinf),
    ("isnan", c_isnan),
    ("isclose", c_isclose),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::new_module(vm, "cmath", FUNCTIONS)?;
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
