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
        &self,
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
        if !self.constant_shaped(&args[0]) {
            return Err(SyntaxError::new("not a constant", value.line, 1));
        }
        Ok(self.fold(&args[0]).map(|v| (name.clone(), v)))
    }

    /// Whether `e` is made of literals, earlier constants and operators
    /// only (what MicroPython accepts in `const()`).
    fn constant_shaped(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Const(_) => true,
            ExprKind::Name(n) => self.consts.contains_key(n),
            ExprKind::UnaryOp(_, x) => self.constant_shaped(x),
            ExprKind::BinOp(a, _, b) => self.constant_shaped(a) && self.constant_shaped(b),
            ExprKind::Tuple(items) => items.iter().all(|x| self.constant_shaped(x)),
            _ => false,
        }
    }

    /// The value of a constant expression: literals, the names of earlier
    /// constants, and integer arithmetic on them (as MicroPython folds).
    fn fold(&self, e: &Expr) -> Option<Const> {
        Some(match &e.kind {
            ExprKind::Const(c) => match c {
                Constant::None => Const::None,
                Constant::True => Const::Bool(true),
                Constant::False => Const::Bool(false),
                Constant::Int(s) => int_const(s),
                Constant::Float(f) => Const::Float(*f),
                Constant::Str(s) => Const::Str(s.clone()),
                Constant::Bytes(b) => Const::Bytes(b.clone()),
                Constant::Ellipsis | Constant::Imag(_) => return None,
            },
            ExprKind::Name(n) => self.consts.get(n)?.clone(),
            ExprKind::Tuple(items) => Const::Tuple(
                items
                    .iter()
                    .map(|x| self.fold(x))
                    .collect::<Option<Vec<_>>>()?,
            ),
            ExprKind::UnaryOp(op, x) => {
                let Const::Int(x) = self.fold(x)? else {
                    return None;
                };
                Const::Int(match op {
                    UnaryOp::Neg => x.checked_neg()?,
                    UnaryOp::Pos => x,
                    UnaryOp::Invert => !x,
                    UnaryOp::Not => return None,
                })
            }
            ExprKind::BinOp(a, op, b) => {
                let (Const::Int(a), Const::Int(b)) = (self.fold(a)?, self.fold(b)?) else {
                    return None;
                };
                Const::Int(match op {
                    BinOp::Add => a.checked_add(b)?,
                    BinOp::Sub => a.checked_sub(b)?,
                    BinOp::Mul => a.checked_mul(b)?,
                    BinOp::FloorDiv if b != 0 => {
                        // Python rounds towards negative infinity.
                        let q = a.checked_div(b)?;
                        if a % b != 0 && (a < 0) != (b < 0) {
                            q - 1
                        } else {
                            q
                        }
                    }
                    BinOp::Mod if b != 0 => {
                        let r = a.checked_rem(b)?;
                        if r != 0 && (r < 0) != (b < 0) {
                            r + b
                        } else {
                            r
                        }
                    }
                    BinOp::LShift if (0..63).contains(&b) => {
                        a.checked_shl(b as u32).filter(|r| r >> b == a)?
                    }
                    BinOp::RShift if b >= 0 => a >> b.min(63),
                    BinOp::BitAnd => a & b,
                    BinOp::BitOr => a | b,
                    BinOp::BitXor => a ^ b,
                    BinOp::Pow if (0..64).contains(&b) => a.checked_pow(b as u32)?,
                    _ => return None,
                })
            }
            _ => return None,
        })
    }
}
