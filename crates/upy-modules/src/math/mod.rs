//! The `math` module: CPython's functions, constants and error rules
//! ("math domain error" for results outside the domain, "math range
//! error" for overflow).

mod float_fns;
mod int_fns;
mod sums;

use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

/// ValueError("math domain error").
pub(crate) fn domain_error<T>(vm: &mut Vm) -> PyResult<T> {
    vm.value_error("math domain error")
}

/// OverflowError("math range error").
pub(crate) fn range_error<T>(vm: &mut Vm) -> PyResult<T> {
    vm.overflow_error("math range error")
}

/// Check a libm result the way CPython's `math_1` does: NaN from a
/// non-NaN argument is a domain error, infinity from a finite argument an
/// overflow (or a domain error for functions with a pole there).
pub(crate) fn check_result(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return domain_error(vm);
    }
    if r.is_infinite() && x.is_finite() {
        return if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        };
    }
    Ok(Value::Float(r))
}

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "math", float_fns::FUNCTIONS)?;
    vm.module_natives(m, int_fns::FUNCTIONS)?;
    vm.module_natives(m, sums::FUNCTIONS)?;
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.module_set(m, name, Value::Float(v))?;
    }
    Ok(m)
}
