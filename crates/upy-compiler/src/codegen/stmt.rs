//! Statement compilation.

use super::{Compiler, FBlock, NameCtx, R};
use crate::code::*;
use crate::scope::node_addr;
use upy_syntax::ast::*;
use upy_syntax::SyntaxError;

impl<'a> Compiler<'a> {
    pub(super) fn stmts(&mut self, body: &'a [Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> R<()> {
        self.set_line(s.line);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                if self.interactive && self.units.len() == 1 {
                    self.emit(Op::PrintExpr);
                } else {
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Pass => {}
            StmtKind::Assign { targets, value } => {
                if let Some((name, v)) = self.const_assignment(targets, value)? {
                    let private = name.starts_with('_');
                    self.consts.insert(name, v.clone());
                    if private {
                        return Ok(());
                    }
                    self.load_const(v);
                    self.store_target(&targets[0])?;
                    return Ok(());
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::DupTop);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign { target, value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::If { test, body, orelse } => {
                // An `elif` chain nests as deep as it is long: compile it
                // with a loop, every branch jumping to the common end.
                let (mut test, mut body, mut orelse) = (test, body, orelse);
                let mut ends = Vec::new();
                loop {
                    let jf = self.jump_if(test, false)?;
                    self.stmts(body)?;
                    if orelse.is_empty() {
                        self.patch(jf);
                        break;
                    }
                    ends.push(self.emit(Op::Jump(0)));
                    self.patch(jf);
                    match &orelse[..] {
                        [Stmt {
                            kind:
                                StmtKind::If {
                                    test: t,
                                    body: b,
                                    orelse: o,
                                },
                            line,
                        }] => {
                            self.set_line(*line);
                            (test, body, orelse) = (t, b, o);
                        }
                        _ => {
                            self.stmts(orelse)?;
                            break;
                        }
                    }
                }
                for j in ends {
                    self.patch(j);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                let jf = self.jump_if(test, false)?;
                self.unit().fblocks.push(FBlock::Loop {
                    start,
                    is_for: false,
                    breaks: Vec::new(),
                });
                self.stmts(body)?;
                self.emit(Op::Jump(start as u32));
                let breaks = self.pop_loop();
                self.patch(jf);
                self.stmts(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    return self.async_for(target, iter, body, orelse, s.line);
                }
                self.expr(iter)?;
                self.emit(Op::GetIter);
                let start = self.here();
                let fi = self.emit(Op::ForIter(0));
                self.unit().fblocks.push(FBlock::Loop {
                    start,
                    is_for: true,
                    breaks: Vec::new(),
                });
                self.store_target(target)?;
                self.stmts(body)?;
                self.set_line(s.line);
                self.emit(Op::Jump(start as u32));
                let breaks = self.pop_loop();
                self.patch(fi);
                self.stmts(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::Break => {
                self.unwind_to_loop(s.line, true)?;
            }
            StmtKind::Continue => {
                self.unwind_to_loop(s.line, false)?;
            }
            StmtKind::Return(v) => {
                if !self.in_function() && !self.eval_mode {
                    return Err(SyntaxError::new("'return' outside function", s.line, 1));
                }
                let sc = self.scope();
                if v.is_some() && sc.is_async && sc.is_generator {
                    return Err(SyntaxError::new(
                        "'return' with value in async generator",
                        s.line,
                        1,
                    ));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
                self.unwind_all(true)?;
                self.emit(Op::ReturnValue);
            }
            StmtKind::FunctionDef(f) => self.funcdef(f, s.line)?,
            StmtKind::ClassDef(c) => self.classdef(c, s.line)?,
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.emit(Op::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise(2));
                }
            },
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.in_async_function() {
                    return Err(SyntaxError::new(
                        "'async with' outside async function",
                        s.line,
                        1,
                    ));
                }
                self.with(items, body, *is_async)?;
            }
            StmtKind::Assert { test, msg } => {
                if self.opts.optimize == 0 {
                    let jt = self.jump_if(test, true)?;
                    match msg {
                        Some(m) => {
                            self.expr(m)?;
                            self.emit(Op::RaiseAssert(1));
                        }
                        None => {
                            self.emit(Op::RaiseAssert(0));
                        }
                    }
                    self.patch(jt);
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.load_const(Const::Int(0));
                    self.emit(Op::LoadNone);
                    let i = self.name_index(&a.name);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                let i = self.name_index(part);
                                self.emit(Op::ImportFrom(i));
                                self.emit(Op::RotTwo);
                                self.emit(Op::Pop);
                            }
                            self.name_op(asname, NameCtx::Store)?;
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("");
                            self.name_op(top, NameCtx::Store)?;
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Const::Int(*level as i64));
                let fromlist: Vec<Const> =
                    names.iter().map(|a| Const::Str(a.name.clone())).collect();
                self.load_const(Const::Tuple(fromlist));
                let modname = module.clone().unwrap_or_default();
                let i = self.name_index(&modname);
                self.emit(Op::ImportName(i));
                if names.len() == 1 && names[0].name == "*" {
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let i = self.name_index(&a.name);
                        self.emit(Op::ImportFrom(i));
                        let bound = a.asname.as_ref().unwrap_or(&a.name);
                        self.name_op(bound, NameCtx::Store)?;
                    }
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
        }
        Ok(())
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.unit().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => Vec::new(),
        }
    }

    /// Emit the clean-up for leaving fblock `fb`; `preserve` keeps a return
    /// value on top of the stack.
    fn unwind_block(&mut self, fb: &FBlock<'a>, preserve: bool) -> R<()> {
        match fb {
            FBlock::Loop { is_for, .. } => {
                if *is_for {
                    if preserve {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::Pop);
                }
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock);
            }
            FBlock::Finally(body) => {
                self.emit(Op::PopBlock);
                if preserve {
                    self.unit().fblocks.push(FBlock::PendingReturn);
                }
                let r = self.stmts(body);
                if preserve {
                    self.unit().fblocks.pop();
                }
                r?;
            }
            FBlock::PendingReturn => {
                if preserve {
                    self.emit(Op::RotTwo);
                }
                self.emit(Op::Pop);
            }
            FBlock::Handler { exc_on_stack } => {
                if *exc_on_stack {
                    if preserve {
                        self.emit(Op::RotTwo);
                    }
                    self.emit(Op::Pop);
                }
                self.emit(Op::PopExcept);
            }
            FBlock::With { is_async } => {
                self.emit(Op::PopBlock);
                if preserve {
                    self.emit(Op::RotTwo);
                }
                self.emit(Op::LoadNone);
                self.emit(Op::LoadNone);
                self.emit(Op::LoadNone);
                self.emit(Op::Call(3));
                if *is_async {
                    self.emit(Op::GetAwaitable);
                    self.emit(Op::LoadNone);
                    self.emit(Op::YieldFrom);
                }
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    /// Unwind every fblock for `return`.
    fn unwind_all(&mut self, preserve: bool) -> R<()> {
        let blocks = self.unit().fblocks.clone();
        for i in (0..blocks.len()).rev() {
            // While compiling an inlined finally body, the blocks inside it
            // must not be unwound again.
            let saved = self.unit().fblocks.split_off(i);
            let r = self.unwind_block(&blocks[i], preserve);
            self.unit().fblocks.extend(saved);
            r?;
        }
        Ok(())
    }

    fn unwind_to_loop(&mut self, line: u32, is_break: bool) -> R<()> {
        let blocks = self.unit().fblocks.clone();
        let mut i = blocks.len();
        loop {
            if i == 0 {
                let msg = if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                };
                return Err(SyntaxError::new(msg, line, 1));
            }
            i -= 1;
            if let FBlock::Loop { start, is_for, .. } = &blocks[i] {
                if is_break {
                    if *is_for {
                        self.emit(Op::Pop);
                    }
                    let j = self.emit(Op::Jump(0));
                    if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[i] {
                        breaks.push(j);
                    }
                } else {
                    self.emit(Op::Jump(*start as u32));
                }
                return Ok(());
            }
            let saved = self.unit().fblocks.split_off(i);
            let r = self.unwind_block(&blocks[i], false);
            self.unit().fblocks.extend(saved);
            r?;
        }
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        let mut ends = vec![self.emit(Op::Jump(0))];
        self.patch(setup);
        for h in handlers {
            self.set_line(h.line);
            let mut next = None;
            if let Some(t) = &h.typ {
                self.emit(Op::DupTop);
                self.expr(t)?;
                next = Some(self.emit(Op::JumpIfNotExcMatch(0)));
            }
            match &h.name {
                Some(n) => self.name_op(n, NameCtx::Store)?,
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.unit().fblocks.push(FBlock::Handler {
                exc_on_stack: false,
            });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.emit(Op::LoadNone);
                self.name_op(n, NameCtx::Store)?;
                self.name_op(n, NameCtx::Del)?;
            }
            ends.push(self.emit(Op::Jump(0)));
            if let Some(nx) = next {
                self.patch(nx);
            }
        }
        self.emit(Op::Reraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R<()> {
        let setup = self.emit(Op::SetupFinally(0));
        self.unit().fblocks.push(FBlock::Finally(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(finalbody)?;
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.unit()
            .fblocks
            .push(FBlock::Handler { exc_on_stack: true });
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise);
        self.patch(end);
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt], is_async: bool) -> R<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context)?;
        let setup = if is_async {
            self.emit(Op::SetupAsyncWith(0))
        } else {
            self.emit(Op::SetupWith(0))
        };
        if is_async {
            // SetupAsyncWith leaves the awaitable from __aenter__; its block
            // is set up by the VM once the result is available.
            self.emit(Op::GetAwaitable);
            self.emit(Op::LoadNone);
            self.emit(Op::YieldFrom);
        }
        match &first.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With { is_async });
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with(rest, body, is_async)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::Call(3));
        if is_async {
            self.emit(Op::GetAwaitable);
            self.emit(Op::LoadNone);
            self.emit(Op::YieldFrom);
        }
        self.emit(Op::Pop);
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        // Stack: [exit, exc]
        self.emit(Op::WithExceptStart);
        if is_async {
            self.emit(Op::GetAwaitable);
            self.emit(Op::LoadNone);
            self.emit(Op::YieldFrom);
        }
        let suppress = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.patch(suppress);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.patch(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        line: u32,
    ) -> R<()> {
        if !self.in_async_function() {
            return Err(SyntaxError::new(
                "'async for' outside async function",
                line,
                1,
            ));
        }
        self.expr(iter)?;
        self.emit(Op::GetAiter);
        let start = self.here();
        let setup = self.emit(Op::SetupExcept(0));
        self.emit(Op::GetAnext);
        self.emit(Op::LoadNone);
        self.emit(Op::YieldFrom);
        self.emit(Op::PopBlock);
        self.unit().fblocks.push(FBlock::Loop {
            start,
            is_for: true,
            breaks: Vec::new(),
        });
        self.store_target(target)?;
        self.stmts(body)?;
        self.emit(Op::Jump(start as u32));
        let breaks = self.pop_loop();
        self.patch(setup);
        self.emit(Op::EndAsyncFor);
        self.stmts(orelse)?;
        for b in breaks {
            self.patch(b);
        }
        Ok(())
    }

    fn funcdef(&mut self, f: &'a FunctionDef, line: u32) -> R<()> {
        // MicroPython's code-emitter decorators are the compiler's, not
        // calls: the function runs as bytecode whichever is named.
        let decorators: Vec<&'a Expr> = f.decorators.iter().filter(|d| !is_emitter(d)).collect();
        for d in &decorators {
            self.expr(d)?;
        }
        let flags = self.defaults(&f.args)?;
        let scope_id = self.st.scope_of(node_addr(f));
        self.push_unit(scope_id, &f.name, line);
        self.setup_varnames(Some(&f.args));
        {
            let sc = &self.st.scopes[scope_id];
            let u = self.unit();
            if sc.is_generator && sc.is_async {
                u.code.flags |= CO_ASYNC_GENERATOR;
            } else if sc.is_async {
                u.code.flags |= CO_COROUTINE;
            } else if sc.is_generator {
                u.code.flags |= CO_GENERATOR;
            }
        }
        // The docstring is not kept (as in MicroPython), but the first
        // constant slot mirrors CPython's layout.
        self.stmts(&f.body)?;
        self.emit(Op::LoadNone);
        self.emit(Op::ReturnValue);
        let code = self.finish_unit();
        self.set_line(line);
        self.make_closure(code, flags);
        for _ in &decorators {
            self.emit(Op::Call(1));
        }
        self.name_op(&f.name, NameCtx::Store)
    }

    /// Push defaults tuple and kw-defaults dict; returns MakeFunction flags.
    pub(super) fn defaults(&mut self, a: &'a Arguments) -> R<u32> {
        let mut flags = 0;
        if !a.defaults.is_empty() {
            for d in &a.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(a.defaults.len() as u32));
            flags |= 1;
        }
        let kw: Vec<(&Arg, &Expr)> = a
            .kwonly
            .iter()
            .zip(a.kw_defaults.iter())
            .filter_map(|(p, d)| d.as_ref().map(|d| (p, d)))
            .collect();
        if !kw.is_empty() {
            for (p, d) in &kw {
                self.load_const(Const::Str(p.name.clone()));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kw.len() as u32));
            flags |= 2;
        }
        Ok(flags)
    }

    fn classdef(&mut self, c: &'a ClassDef, line: u32) -> R<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.emit(Op::LoadBuildClass);
        let scope_id = self.st.scope_of(node_addr(c));
        self.push_unit(scope_id, &c.name, line);
        self.setup_varnames(None);
        // __module__ and __qualname__ as CPython sets them.
        let i = self.name_index("__name__");
        self.emit(Op::LoadName(i));
        let i = self.name_index("__module__");
        self.emit(Op::StoreName(i));
        let qualname = self.unit().code.qualname.clone();
        self.load_const(Const::Str(qualname));
        let i = self.name_index("__qualname__");
        self.emit(Op::StoreName(i));
        self.stmts(&c.body)?;
        let has_cell = self
            .units
            .last()
            .map(|u| u.code.cellvars.iter().any(|n| n == "__class__"))
            .unwrap_or(false);
        if has_cell {
            let idx = self.cell_index("__class__").unwrap_or(0);
            self.emit(Op::LoadClosure(idx));
            self.unit().code.flags |= CO_CLASS_CELL;
        } else {
            self.emit(Op::LoadNone);
        }
        self.emit(Op::ReturnValue);
        let code = self.finish_unit();
        self.set_line(line);
        self.make_closure(code, 0);
        self.load_const(Const::Str(c.name.clone()));
        self.call_args(&c.bases, &c.keywords, 2)?;
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.name_op(&c.name, NameCtx::Store)
    }

    pub(super) fn store_target(&mut self, t: &'a Expr) -> R<()> {
        self.set_line(t.line);
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, NameCtx::Store),
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                let i = self.attr_index(name);
                self.emit(Op::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript(obj, idx) => {
                self.expr(obj)?;
                self.expr(idx)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(si) => {
                        let before = si;
                        let after = items.len() - si - 1;
                        if before > 255 || after > 255 {
                            return Err(SyntaxError::new(
                                "too many expressions in star-unpacking assignment",
                                t.line,
                                1,
                            ));
                        }
                        self.emit(Op::UnpackEx((before | (after << 8)) as u32));
                    }
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                }
                for it in items {
                    self.store_target(it)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.store_target(inner),
            _ => Err(SyntaxError::new("cannot assign to expression", t.line, 1)),
        }
    }

    fn delete_target(&mut self, t: &'a Expr) -> R<()> {
        self.set_line(t.line);
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, NameCtx::Del),
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                let i = self.attr_index(name);
                self.emit(Op::DeleteAttr(i));
                Ok(())
            }
            ExprKind::Subscript(obj, idx) => {
                self.expr(obj)?;
                self.expr(idx)?;
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for it in items {
                    self.delete_target(it)?;
                }
                Ok(())
            }
            _ => Err(SyntaxError::new("cannot delete expression", t.line, 1)),
        }
    }

    fn aug_assign(
        &mut self,
        target: &'a Expr,
        op: upy_syntax::ast::BinOp,
        value: &'a Expr,
    ) -> R<()> {
        let bop = super::expr::bin_op(op);
        match &target.kind {
            ExprKind::Name(n) => {
                self.name_op(n, NameCtx::Load)?;
                self.expr(value)?;
                self.emit(Op::InplaceOp(bop));
                self.name_op(n, NameCtx::Store)
            }
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                self.emit(Op::DupTop);
                let i = self.attr_index(name);
                self.emit(Op::LoadAttr(i));
                self.expr(value)?;
                self.emit(Op::InplaceOp(bop));
                self.emit(Op::RotTwo);
                self.emit(Op::StoreAttr(i));
                Ok(())
            }
            ExprKind::Subscript(obj, idx) => {
                self.expr(obj)?;
                self.expr(idx)?;
                self.emit(Op::DupTopTwo);
                self.emit(Op::LoadSubscr);
                self.expr(value)?;
                self.emit(Op::InplaceOp(bop));
                self.emit(Op::RotThree);
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            _ => Err(SyntaxError::new(
                "illegal expression for augmented assignment",
                target.line,
                1,
            )),
        }
    }
}

/// `@micropython.native`, `@micropython.viper` or `@micropython.bytecode`.
fn is_emitter(d: &Expr) -> bool {
    matches!(&d.kind, ExprKind::Attribute(m, attr)
        if matches!(&m.kind, ExprKind::Name(n) if n == "micropython")
            && matches!(attr.as_str(), "native" | "viper" | "bytecode"))
}
