//! `complex` numbers.

use crate::obj::Obj;
use crate::objects::float::float_repr;
use crate::value::Value;
use crate::vm::Vm;
use crate::PyResult;
use upy_compiler::code::BinOp;

pub fn new_complex(vm: &mut Vm, re: f64, im: f64) -> PyResult<Value> {
    vm.alloc_val(Obj::Complex(re, im))
}

pub fn as_complex(vm: &Vm, v: Value) -> Option<(f64, f64)> {
    match v {
        Value::Int(i) => Some((i as f64, 0.0)),
        Value::Bool(b) => Some((b as i64 as f64, 0.0)),
        Value::Float(f) => Some((f, 0.0)),
        Value::Obj(g) => match vm.heap.get(g) {
            Obj::Complex(r, i) => Some((*r, *i)),
            Obj::BigInt(b) => num_traits::ToPrimitive::to_f64(&**b).map(|f| (f, 0.0)),
            _ => None,
        },
        _ => None,
    }
}

fn fmt_part(v: f64) -> String {
    let r = float_repr(v);
    r.strip_suffix(".0").map(|s| s.to_string()).unwrap_or(r)
}

pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = fmt_part(im);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", imag);
    }
    let sign = if im < 0.0 || (im == 0.0 && im.is_sign_negative()) || im.is_nan() && imag.starts_with('-') {
        ""
    } else {
        "+"
    };
    format!("({}{}{}j)", fmt_part(re), sign, imag)
}

pub fn complex_binop(vm: &mut Vm, op: BinOp, a: (f64, f64), b: (f64, f64)) -> PyResult<Option<Value>> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            if br == 0.0 && bi == 0.0 {
                return vm.zero_div("complex division by zero");
            }
            let d = br * br + bi * bi;
            ((ar * br + ai * bi) / d, (ai * br - ar * bi) / d)
        }
        BinOp::Pow => {
            if br == 0.0 && bi == 0.0 {
                (1.0, 0.0)
            } else if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return vm.zero_div("0.0 to a negative or complex power");
                }
                (0.0, 0.0)
            } else {
                let vabs = ar.hypot(ai);
                let len = vabs.powf(br);
                let at = ai.atan2(ar);
                let mut phase = at * br;
                let mut len = len;
                if bi != 0.0 {
                    len /= (at * bi).exp();
                    phase += bi * vabs.ln();
                }
                (len * phase.cos(), len * phase.sin())
            }
        }
        BinOp::FloorDiv | BinOp::Mod => {
            return vm.type_error(format!(
                "unsupported operand type(s) for {}: 'complex' and 'complex'",
                if op == BinOp::Mod { "%" } else { "//" }
            ))
        }
        _ => return Ok(None),
    };
    Ok(Some(new_complex(vm, r, i)?))
}
