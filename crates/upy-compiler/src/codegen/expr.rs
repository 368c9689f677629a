//! Expression compilation.

use super::{Compiler, NameCtx, R};
use crate::code::{self, *};
use crate::scope::node_addr;
use std::collections::HashMap;
use upy_syntax::ast::{self, *};
use upy_syntax::SyntaxError;

pub(super) fn bin_op(op: ast::BinOp) -> code::BinOp {
    match op {
        ast::BinOp::Add => code::BinOp::Add,
        ast::BinOp::Sub => code::BinOp::Sub,
        ast::BinOp::Mul => code::BinOp::Mul,
        ast::BinOp::MatMul => code::BinOp::MatMul,
        ast::BinOp::Div => code::BinOp::TrueDiv,
        ast::BinOp::FloorDiv => code::BinOp::FloorDiv,
        ast::BinOp::Mod => code::BinOp::Mod,
        ast::BinOp::Pow => code::BinOp::Pow,
        ast::BinOp::LShift => code::BinOp::LShift,
        ast::BinOp::RShift => code::BinOp::RShift,
        ast::BinOp::BitOr => code::BinOp::Or,
        ast::BinOp::BitXor => code::BinOp::Xor,
        ast::BinOp::BitAnd => code::BinOp::And,
    }
}

fn cmp_op(op: ast::CmpOp) -> code::CmpOp {
    match op {
        ast::CmpOp::Eq => code::CmpOp::Eq,
        ast::CmpOp::NotEq => code::CmpOp::Ne,
        ast::CmpOp::Lt => code::CmpOp::Lt,
        ast::CmpOp::LtE => code::CmpOp::Le,
        ast::CmpOp::Gt => code::CmpOp::Gt,
        ast::CmpOp::GtE => code::CmpOp::Ge,
        ast::CmpOp::Is => code::CmpOp::Is,
        ast::CmpOp::IsNot => code::CmpOp::IsNot,
        ast::CmpOp::In => code::CmpOp::In,
        ast::CmpOp::NotIn => code::CmpOp::NotIn,
    }
}

/// Parse integer literal text (with optional sign and radix prefix).
pub(super) fn int_const(text: &str) -> Const {
    let (neg, body) = match text.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, text),
    };
    let (radix, digits) = if let Some(d) = body.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = body.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = body.strip_prefix("0b") {
        (2, d)
    } else {
        (10, body)
    };
    if let Ok(v) = i64::from_str_radix(&format!("{}{}", if neg { "-" } else { "" }, digits), radix)
    {
        return Const::Int(v);
    }
    // Too big for a machine int: the VM converts the text as `int()`
    // does (prefix and sign included).
    Const::BigInt(text.to_string())
}

impl<'a> Compiler<'a> {
    pub(super) fn expr(&mut self, e: &'a Expr) -> R<()> {
        self.set_line(e.line);
        match &e.kind {
            ExprKind::Name(n) => match self.consts.get(n) {
                Some(c) => self.load_const(c.clone()),
                // As MicroPython, `__debug__` is the compiler's: False
                // from optimisation level 1 on.
                None if n == "__debug__" => self.load_const(Const::Bool(self.opts.optimize == 0)),
                None => self.name_op(n, NameCtx::Load)?,
            },
            ExprKind::Const(c) => {
                let c = match c {
                    Constant::None => Const::None,
                    Constant::True => Const::Bool(true),
                    Constant::False => Const::Bool(false),
                    Constant::Ellipsis => Const::Ellipsis,
                    Constant::Int(s) => int_const(s),
                    Constant::Float(f) => Const::Float(*f),
                    Constant::Imag(f) => Const::Complex(0.0, *f),
                    Constant::Str(s) => Const::Str(s.clone()),
                    Constant::Bytes(b) => Const::Bytes(b.clone()),
                };
                self.load_const(c);
            }
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::BinOp(..) => {
                // A chain `a + b + c ...` nests to the left as deep as it
                // is long: walk its spine with a loop, not recursion.
                let mut spine = Vec::new();
                let mut leftmost = e;
                while let ExprKind::BinOp(a, op, b) = &leftmost.kind {
                    spine.push((leftmost, *op, &**b));
                    leftmost = a;
                }
                self.expr(leftmost)?;
                for (node, op, b) in spine.into_iter().rev() {
                    self.expr(b)?;
                    self.set_line(node.line);
                    self.emit(Op::BinaryOp(bin_op(op)));
                }
            }
            ExprKind::UnaryOp(op, a) => {
                self.expr(a)?;
                let u = match op {
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::Neg => UnOp::Neg,
                    ast::UnaryOp::Pos => UnOp::Pos,
                    ast::UnaryOp::Invert => UnOp::Invert,
                };
                self.emit(Op::UnaryOp(u));
            }
            ExprKind::BoolOp(op, items) => {
                let mut jumps = Vec::new();
                for (i, it) in items.iter().enumerate() {
                    self.expr(it)?;
                    if i + 1 < items.len() {
                        let j = match op {
                            ast::BoolOp::And => self.emit(Op::JumpIfFalseOrPop(0)),
                            ast::BoolOp::Or => self.emit(Op::JumpIfTrueOrPop(0)),
                        };
                        jumps.push(j);
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            ExprKind::Compare(first, rest) => self.compare(first, rest)?,
            ExprKind::IfExp(test, body, orelse) => {
                let jf = self.jump_if(test, false)?;
                self.expr(body)?;
                let end = self.emit(Op::Jump(0));
                self.patch(jf);
                self.expr(orelse)?;
                self.patch(end);
            }
            ExprKind::Lambda(args, body) => {
                let flags = self.defaults(args)?;
                let scope_id = self.st.scope_of(node_addr(e));
                self.push_unit(scope_id, "<lambda>", e.line);
                self.setup_varnames(Some(args));
                if self.st.scopes[scope_id].is_generator {
                    self.unit().code.flags |= CO_GENERATOR;
                }
                self.expr(body)?;
                self.emit(Op::ReturnValue);
                let code = self.finish_unit();
                self.set_line(e.line);
                self.make_closure(code, flags);
            }
            ExprKind::NamedExpr(name, v) => {
                self.expr(v)?;
                self.emit(Op::DupTop);
                self.name_op(name, NameCtx::Store)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                self.set_line(e.line);
                let i = self.attr_index(name);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript(obj, idx) => {
                self.expr(obj)?;
                self.expr(idx)?;
                self.set_line(e.line);
                self.emit(Op::LoadSubscr);
            }
            ExprKind::Slice(lo, hi, step) => {
                for part in [lo, hi] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => {
                            self.emit(Op::LoadNone);
                        }
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(SyntaxError::new(
                    "can't use starred expression here",
                    e.line,
                    1,
                ))
            }
            ExprKind::Tuple(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.starred_list(items)?;
                    self.emit(Op::ListToTuple);
                } else if let Some(c) = const_tuple(items, &self.consts) {
                    self.load_const(c);
                } else {
                    for it in items {
                        self.expr(it)?;
                    }
                    self.emit(Op::BuildTuple(items.len() as u32));
                }
            }
            ExprKind::List(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.starred_list(items)?;
                } else {
                    for it in items {
                        self.expr(it)?;
                    }
                    self.emit(Op::BuildList(items.len() as u32));
                }
            }
            ExprKind::Set(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.build_starred(items, Op::BuildSet(0), Op::SetUpdate(1), Op::SetAdd(1))?;
                } else {
                    for it in items {
                        self.expr(it)?;
                    }
                    self.emit(Op::BuildSet(items.len() as u32));
                }
            }
            ExprKind::Dict(items) => {
                if items.iter().any(|(k, _)| k.is_none()) {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in items {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate(1));
                            }
                        }
                    }
                } else {
                    for (k, v) in items {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap(items.len() as u32));
                }
            }
            ExprKind::ListComp(..)
            | ExprKind::SetComp(..)
            | ExprKind::DictComp(..)
            | ExprKind::GeneratorExp(..) => self.comprehension(e)?,
            ExprKind::Await(v) => {
                if !self.in_async_function() {
                    let msg = if self.in_function() {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    return Err(SyntaxError::new(msg, e.line, 1));
                }
                self.expr(v)?;
                self.emit(Op::GetAwaitable);
                self.emit(Op::LoadNone);
                self.emit(Op::YieldFrom);
            }
            ExprKind::Yield(v) => {
                if !self.in_function() {
                    return Err(SyntaxError::new("'yield' outside function", e.line, 1));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if !self.in_function() {
                    return Err(SyntaxError::new("'yield' outside function", e.line, 1));
                }
                if self.in_async_function() {
                    return Err(SyntaxError::new(
                        "'yield from' inside async function",
                        e.line,
                        1,
                    ));
                }
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.emit(Op::LoadNone);
                self.emit(Op::YieldFrom);
            }
        }
        Ok(())
    }

    fn starred_list(&mut self, items: &'a [Expr]) -> R<()> {
        self.build_starred(
            items,
            Op::BuildList(0),
            Op::ListExtend(1),
            Op::ListAppend(1),
        )
    }

    /// A display with `*x` items: start empty, then extend with starred
    /// items and add plain ones, in order.
    fn build_starred(&mut self, items: &'a [Expr], build: Op, extend: Op, add: Op) -> R<()> {
        self.emit(build);
        for it in items {
            match &it.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(extend);
                }
                _ => {
                    self.expr(it)?;
                    self.emit(add);
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, first: &'a Expr, rest: &'a [(ast::CmpOp, Expr)]) -> R<()> {
        self.expr(first)?;
        if rest.len() == 1 {
            self.expr(&rest[0].1)?;
            self.emit(Op::CompareOp(cmp_op(rest[0].0)));
            return Ok(());
        }
        let mut cleanups = Vec::new();
        for (i, (op, e)) in rest.iter().enumerate() {
            self.expr(e)?;
            if i + 1 < rest.len() {
                self.emit(Op::DupTop);
                self.emit(Op::RotThree);
                self.emit(Op::CompareOp(cmp_op(*op)));
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Op::CompareOp(cmp_op(*op)));
            }
        }
        let end = self.emit(Op::Jump(0));
        for c in cleanups {
            self.patch(c);
        }
        self.emit(Op::RotTwo);
        self.emit(Op::Pop);
        self.patch(end);
        Ok(())
    }

    /// Compile `test` and a conditional jump taken when its truth equals
    /// `when`; returns the jump to patch.
    pub(super) fn jump_if(&mut self, test: &'a Expr, when: bool) -> R<usize> {
        if let ExprKind::UnaryOp(ast::UnaryOp::Not, inner) = &test.kind {
            return self.jump_if(inner, !when);
        }
        self.expr(test)?;
        Ok(if when {
            self.emit(Op::PopJumpIfTrue(0))
        } else {
            self.emit(Op::PopJumpIfFalse(0))
        })
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> R<()> {
        let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)))
            && !keywords.iter().any(|k| k.name.is_none());
        if let (ExprKind::Attribute(obj, name), true) = (&func.kind, simple) {
            self.expr(obj)?;
            self.set_line(func.line);
            let i = self.attr_index(name);
            self.emit(Op::LoadMethod(i));
            for a in args {
                self.expr(a)?;
            }
            if keywords.is_empty() {
                self.emit(Op::CallMethod(args.len() as u32));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<Const> = keywords
                    .iter()
                    .map(|k| Const::Str(k.name.clone().unwrap_or_default()))
                    .collect();
                self.load_const(Const::Tuple(names));
                self.emit(Op::CallMethodKw((args.len() + keywords.len()) as u32));
            }
            return Ok(());
        }
        self.expr(func)?;
        self.call_args(args, keywords, 0)
    }

    /// Compile call arguments and the call; `extra` positional arguments are
    /// already on the stack above the callable.
    pub(super) fn call_args(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        extra: u32,
    ) -> R<()> {
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_dstar = keywords.iter().any(|k| k.name.is_none());
        if !has_star && !has_dstar {
            for a in args {
                self.expr(a)?;
            }
            let n = extra + args.len() as u32;
            if keywords.is_empty() {
                self.emit(Op::Call(n));
            } else {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                let names: Vec<Const> = keywords
                    .iter()
                    .map(|k| Const::Str(k.name.clone().unwrap_or_default()))
                    .collect();
                self.load_const(Const::Tuple(names));
                self.emit(Op::CallKw(n + keywords.len() as u32));
            }
            return Ok(());
        }
        // General form: build an args tuple and a kwargs dict.
        self.emit(Op::BuildList(extra));
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        if keywords.is_empty() {
            self.emit(Op::CallEx(0));
            return Ok(());
        }
        self.emit(Op::BuildMap(0));
        for k in keywords {
            match &k.name {
                Some(n) => {
                    self.load_const(Const::Str(n.clone()));
                    self.expr(&k.value)?;
                    self.emit(Op::MapAdd(1));
                }
                None => {
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge(1));
                }
            }
        }
        self.emit(Op::CallEx(1));
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FPart]) -> R<()> {
        let mut n = 0;
        for p in parts {
            match p {
                FPart::Lit(s) => self.load_const(Const::Str(s.clone())),
                FPart::Expr { expr, conv, spec } => {
                    self.expr(expr)?;
                    let mut flags = match conv {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(spec) = spec {
                        self.fstring(spec)?;
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                }
            }
            n += 1;
        }
        if n != 1 {
            self.emit(Op::BuildString(n));
        }
        Ok(())
    }

    fn comprehension(&mut self, e: &'a Expr) -> R<()> {
        let (gens, kind) = match &e.kind {
            ExprKind::ListComp(_, g) => (g, 0),
            ExprKind::SetComp(_, g) => (g, 1),
            ExprKind::DictComp(_, _, g) => (g, 2),
            ExprKind::GeneratorExp(_, g) => (g, 3),
            _ => return Ok(()),
        };
        let scope_id = self.st.scope_of(node_addr(e));
        let name = ["<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"][kind];
        self.push_unit(scope_id, name, e.line);
        self.setup_varnames(None);
        let sc = &self.st.scopes[scope_id];
        if kind == 3 {
            self.unit().code.flags |= if sc.is_async {
                CO_ASYNC_GENERATOR
            } else {
                CO_GENERATOR
            };
        } else if sc.is_async {
            self.unit().code.flags |= CO_COROUTINE;
        }
        match kind {
            0 => {
                self.emit(Op::BuildList(0));
            }
            1 => {
                self.emit(Op::BuildSet(0));
            }
            2 => {
                self.emit(Op::BuildMap(0));
            }
            _ => {}
        }
        let dot0 = self
            .units
            .last()
            .and_then(|u| u.var_idx.get(".0").copied())
            .unwrap_or(0);
        self.emit(Op::LoadFast(dot0));
        self.comp_loop(e, gens, 0)?;
        if kind == 3 {
            self.emit(Op::LoadNone);
        }
        self.emit(Op::ReturnValue);
        let code = self.finish_unit();
        self.set_line(e.line);
        self.make_closure(code, 0);
        self.expr(&gens[0].iter)?;
        if gens[0].is_async {
            self.emit(Op::GetAiter);
        } else {
            self.emit(Op::GetIter);
        }
        self.emit(Op::Call(1));
        if sc.is_async && kind != 3 {
            self.emit(Op::GetAwaitable);
            self.emit(Op::LoadNone);
            self.emit(Op::YieldFrom);
        }
        Ok(())
    }

    fn comp_loop(&mut self, e: &'a Expr, gens: &'a [Comprehension], depth: usize) -> R<()> {
        let g = &gens[depth];
        if depth > 0 {
            self.expr(&g.iter)?;
            self.emit(if g.is_async {
                Op::GetAiter
            } else {
                Op::GetIter
            });
        }
        let start = self.here();
        let (exit_jump, async_setup) = if g.is_async {
            let setup = self.emit(Op::SetupExcept(0));
            self.emit(Op::GetAnext);
            self.emit(Op::LoadNone);
            self.emit(Op::YieldFrom);
            self.emit(Op::PopBlock);
            (None, Some(setup))
        } else {
            (Some(self.emit(Op::ForIter(0))), None)
        };
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            let jf = self.jump_if(cond, false)?;
            self.patch_to(jf, start);
        }
        if depth + 1 < gens.len() {
            self.comp_loop(e, gens, depth + 1)?;
        } else {
            let n = (depth + 2) as u32;
            match &e.kind {
                ExprKind::ListComp(elt, _) => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend(n));
                }
                ExprKind::SetComp(elt, _) => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd(n));
                }
                ExprKind::DictComp(k, v, _) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    self.emit(Op::MapAdd(n));
                }
                ExprKind::GeneratorExp(elt, _) => {
                    self.expr(elt)?;
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
                _ => {}
            }
        }
        self.emit(Op::Jump(start as u32));
        if let Some(j) = exit_jump {
            self.patch(j);
        }
        if let Some(s) = async_setup {
            self.patch(s);
            self.emit(Op::EndAsyncFor);
        }
        Ok(())
    }
}

/// A tuple display of constants (literals, or names of `const()` values)
/// becomes one constant.
fn const_tuple(items: &[Expr], consts: &HashMap<String, Const>) -> Option<Const> {
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        let c = match &it.kind {
            ExprKind::Const(c) => match c {
                Constant::None => Const::None,
                Constant::True => Const::Bool(true),
                Constant::False => Const::Bool(false),
                Constant::Ellipsis => Const::Ellipsis,
                Constant::Int(s) => int_const(s),
                Constant::Float(f) => Const::Float(*f),
                Constant::Imag(f) => Const::Complex(0.0, *f),
                Constant::Str(s) => Const::Str(s.clone()),
                Constant::Bytes(b) => Const::Bytes(b.clone()),
            },
            ExprKind::Tuple(inner) => const_tuple(inner, consts)?,
            ExprKind::Name(n) => consts.get(n)?.clone(),
            _ => return None,
        };
        out.push(c);
    }
    Some(Const::Tuple(out))
}
