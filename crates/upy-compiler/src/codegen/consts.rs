//! MicroPython's `const()`: `NAME = const(expr)`, with `expr` a constant
//! expression, makes every later load of `NAME` in the module (nested
//! functions included) the value itself, folded at compile time; a name
//! starting with `_` is not stored at all, so it costs the module (or
//! class) no attribute. An argument that is not a constant is a
//! SyntaxError, as in MicroPython; one that is constant but does not fold
//! here (a big integer) compiles as the ordinary call, which returns it.

use super::expr::int_const;
use super::Compiler;
use crate::code::Const;
use upy_syntax::ast::*;
use upy_syntax::SyntaxError;

impl<'a> Compiler<'a> {
    /// `NAME = const(expr)` with a constant `expr`: the name and its
    /// value (None when the value does not fold; SyntaxError when `expr`
    /// is not a constant).
    pub(super) fn const_assignment(
        &mut self,
        targets: &[Expr],
        value: &Expr,
    ) -> Result<Option<(String, Const)>, SyntaxError> {
        let [Expr {
            kind: ExprKind::Name(name),
            ..
        }] = targets
        else {
            return Ok(None);
        };
        let ExprKind::Call {
            func,
            args,
            keywords,
        } = &value.kind
        else {
            return Ok(None);
        };
        if !matches!(&func.kind, ExprKind::Name(f) if f == "const")
            || args.len() != 1
            || !keywords.is_empty()
        {
            return Ok(None);
        }
        if self.consts.contains_key(name) {
            return Err(SyntaxError::new("constant redefined", value.line, 1));
        }
        match self.fold(&args[0]) {
            Folded::Value(v) => Ok(Some((name.clone(), v))),
            // A big integer is left to the call, which returns it; the name
            // stays a constant for later `const()` expressions.
            Folded::TooBig => {
                self.big_consts.insert(name.clone());
                Ok(None)
            }
            Folded::Invalid => Err(SyntaxError::new("not a constant", value.line, 1)),
        }
    }

    /// The value of a constant expression: literals, the names of earlier
    /// constants, `math`'s constants, and arithmetic on them (what
    /// MicroPython folds).
    fn fold(&self, e: &Expr) -> Folded {
        use Folded::*;
        match &e.kind {
            ExprKind::Const(c) => Value(match c {
                Constant::None => Const::None,
                Constant::True => Const::Bool(true),
                Constant::False => Const::Bool(false),
                Constant::Ellipsis => Const::Ellipsis,
                Constant::Int(s) => match int_const(s) {
                    Const::BigInt(_) => return TooBig,
                    c => c,
                },
                Constant::Float(f) => Const::Float(*f),
                Constant::Str(s) => Const::Str(s.clone()),
                Constant::Bytes(b) => Const::Bytes(b.clone()),
                Constant::Imag(_) => return Invalid,
            }),
            ExprKind::Name(n) => match self.consts.get(n) {
                Some(c) => Value(c.clone()),
                None if self.big_consts.contains(n) => TooBig,
                None => Invalid,
            },
            ExprKind::Attribute(m, attr) if matches!(&m.kind, ExprKind::Name(n) if n == "math") => {
                Value(Const::Float(match attr.as_str() {
                    "pi" => std::f64::consts::PI,
                    "e" => std::f64::consts::E,
                    "tau" => std::f64::consts::TAU,
                    "inf" => f64::INFINITY,
                    "nan" => f64::NAN,
                    _ => return Invalid,
                }))
            }
            ExprKind::Tuple(items) => {
                let mut out = Vec::with_capacity(items.len());
                for x in items {
                    match self.fold(x) {
                        Value(v) => out.push(v),
                        other => return other,
                    }
                }
                Value(Const::Tuple(out))
            }
            ExprKind::UnaryOp(op, x) => match (op, self.fold(x)) {
                (_, Value(Const::Int(x))) => match op {
                    UnaryOp::Neg => x.checked_neg().map_or(TooBig, |v| Value(Const::Int(v))),
                    UnaryOp::Pos => Value(Const::Int(x)),
                    UnaryOp::Invert => Value(Const::Int(!x)),
                    UnaryOp::Not => Invalid,
                },
                (UnaryOp::Neg, Value(Const::Float(f))) => Value(Const::Float(-f)),
                (UnaryOp::Pos, Value(Const::Float(f))) => Value(Const::Float(f)),
                (_, Value(_)) => Invalid,
                (_, other) => other,
            },
            ExprKind::BinOp(a, op, b) => match (self.fold(a), self.fold(b)) {
                (Value(x), Value(y)) => binop(x, *op, y),
                (Invalid, _) | (_, Invalid) => Invalid,
                _ => TooBig,
            },
            _ => Invalid,
        }
    }
}

/// What folding a constant expression gave.
enum Folded {
    Value(Const),
    /// Constant, but beyond `i64`: computed at run time.
    TooBig,
    /// Not a constant expression, or an operation MicroPython refuses in
    /// one (`@`, negative shifts, division by zero).
    Invalid,
}

fn int_op(a: i64, op: BinOp, b: i64) -> Folded {
    use Folded::*;
    let r = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::FloorDiv | BinOp::Mod if b == 0 => return Invalid,
        BinOp::FloorDiv => a.checked_div(b).map(|q| {
            // Python rounds towards negative infinity.
            if a % b != 0 && (a < 0) != (b < 0) {
                q - 1
            } else {
                q
            }
        }),
        BinOp::Mod => a.checked_rem(b).map(|r| {
            if r != 0 && (r < 0) != (b < 0) {
                r + b
            } else {
                r
            }
        }),
        BinOp::LShift | BinOp::RShift if b < 0 => return Invalid,
        BinOp::LShift if b < 63 => a.checked_shl(b as u32).filter(|r| r >> b == a),
        BinOp::LShift => None,
        BinOp::RShift => Some(a >> b.min(63)),
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        BinOp::Pow if b < 0 => return float_op(a as f64, op, b as f64),
        BinOp::Pow => u32::try_from(b).ok().and_then(|b| a.checked_pow(b)),
        BinOp::Div => return float_op(a as f64, op, b as f64),
        BinOp::MatMul => return Invalid,
    };
    r.map_or(TooBig, |v| Value(Const::Int(v)))
}

fn float_op(a: f64, op: BinOp, b: f64) -> Folded {
    use Folded::*;
    Value(Const::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div if b != 0.0 => a / b,
        BinOp::Pow if a > 0.0 || (a < 0.0 && b.fract() == 0.0) => a.powf(b),
        // The rest (division by zero, `%`, `//`, roots of negatives) is
        // left to run time, where its corner cases are done once.
        _ => return TooBig,
    }))
}

fn binop(x: Const, op: BinOp, y: Const) -> Folded {
    match (x, y) {
        (Const::Int(a), Const::Int(b)) => int_op(a, op, b),
        (Const::Float(a), Const::Float(b)) => float_op(a, op, b),
        (Const::Int(a), Const::Float(b)) => float_op(a as f64, op, b),
        (Const::Float(a), Const::Int(b)) => float_op(a, op, b as f64),
        _ => Folded::Invalid,
    }
}
