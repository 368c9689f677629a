//! `complex` numbers.

use crate::native::{Args, Native};
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
    let sign =
        if im < 0.0 || (im == 0.0 && im.is_sign_negative()) || im.is_nan() && imag.starts_with('-')
        {
            ""
        } else {
            "+"
        };
    format!("({}{}{}j)", fmt_part(re), sign, imag)
}

pub fn complex_binop(
    vm: &mut Vm,
    op: BinOp,
    a: (f64, f64),
    b: (f64, f64),
) -> PyResult<Option<Value>> {
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
            // Smith's method, as CPython, to avoid overflow and keep
            // results identical.
            if br.abs() >= bi.abs() {
                let ratio = bi / br;
                let denom = br + bi * ratio;
                ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom)
            } else if bi.abs() >= br.abs() {
                let ratio = br / bi;
                let denom = br * ratio + bi;
                ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom)
            } else {
                (f64::NAN, f64::NAN)
            }
        }
        BinOp::Pow if bi == 0.0 && br == br.floor() && br.abs() <= 100.0 => {
            // Small integral exponents multiply exactly, as CPython does.
            let n = br as i64;
            let mut r = (1.0, 0.0);
            let mut p = (ar, ai);
            let mut k = n.unsigned_abs();
            while k > 0 {
                if k & 1 == 1 {
                    r = (r.0 * p.0 - r.1 * p.1, r.0 * p.1 + r.1 * p.0);
                }
                p = (p.0 * p.0 - p.1 * p.1, 2.0 * p.0 * p.1);
                k >>= 1;
            }
            if n < 0 {
                return complex_binop(vm, BinOp::TrueDiv, (1.0, 0.0), r);
            }
            r
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
        // Unsupported (// and % included): the caller's TypeError names
        // both operands' types.
        _ => return Ok(None),
    };
    Ok(Some(new_complex(vm, r, i)?))
}

/// Parse `complex("1+2j")`.
fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    if t.is_empty() {
        return None;
    }
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: the last sign
        // not following an exponent marker.
        let b = body.as_bytes();
        let mut split = None;
        for i in (1..b.len()).rev() {
            if (b[i] == b'+' || b[i] == b'-') && !matches!(b[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let imag_of = |x: &str| -> Option<f64> {
            match x {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                _ => crate::objects::float::parse_float(x),
            }
        };
        return match split {
            Some(i) => Some((
                crate::objects::float::parse_float(&body[..i])?,
                imag_of(&body[i..])?,
            )),
            None => Some((0.0, imag_of(body)?)),
        };
    }
    Some((crate::objects::float::parse_float(t)?, 0.0))
}

fn part(vm: &mut Vm, v: Value) -> PyResult<(f64, f64)> {
    if let Some(c) = as_complex(vm, v) {
        return Ok(c);
    }
    if vm.is_user_value(v) {
        if let Some(f) = vm.lookup_special(v, vm.names.__complex__) {
            let r = vm.call_bound(f, v, &[])?;
            if let Some(c) = as_complex(vm, r) {
                return Ok(c);
            }
        }
    }
    let f = crate::objects::float::to_f64(vm, v).map_err(|_| ());
    match f {
        Ok(f) => Ok((f, 0.0)),
        Err(()) => {
            let t = vm.type_name(v);
            vm.type_error(format!(
                "complex() first argument must be a string or a number, not '{}'",
                t
            ))
        }
    }
}

fn complex_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (re, im) = match (a.get(0), a.get(1)) {
        (None, None) => (0.0, 0.0),
        (Some(r), None) => {
            if let Some(s) = vm.as_str(r).map(|s| s.to_string()) {
                match parse_complex(&s) {
                    Some(c) => c,
                    None => return vm.value_error("complex() arg is a malformed string"),
                }
            } else {
                part(vm, r)?
            }
        }
        (r, Some(i)) => {
            if r.is_some_and(|r| vm.as_str(r).is_some()) {
                return vm.type_error("complex() can't take second arg if first is a string");
            }
            if vm.as_str(i).is_some() {
                return vm.type_error("complex() second arg can't be a string");
            }
            let is_cx = |vm: &Vm, v: Value| matches!(vm.unwrap_base(v), Value::Obj(g) if matches!(vm.heap.get(g), Obj::Complex(..)));
            let r_cx = r.is_some_and(|r| is_cx(vm, r));
            let i_cx = is_cx(vm, i);
            let (rr, ri) = match r {
                Some(r) => part(vm, r)?,
                None => (0.0, 0.0),
            };
            let (ir, ii) = part(vm, i)?;
            // As CPython: only complex parts mix (so signed zeros of real
            // arguments are kept).
            (
                if i_cx { rr - ii } else { rr },
                if r_cx { ir + ri } else { ir },
            )
        }
    };
    let v = new_complex(vm, re, im)?;
    crate::objects::wrap_for_class(vm, a.this(), vm.types.complex, v)
}

fn complex_conjugate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = vm.unwrap_base(a.this());
    let (r, i) = as_complex(vm, this).unwrap_or((0.0, 0.0));
    new_complex(vm, r, -i)
}

const METHODS: &[Native] = &[
    Native::new("complex(cls, real=0, imag=0)", complex_new).at("__new__"),
    Native::new("conjugate(self, /)", complex_conjugate),
];

pub fn init(vm: &mut Vm) -> PyResult<()> {
    crate::types::add_natives(vm, vm.types.complex, METHODS)
}
