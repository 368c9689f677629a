//! Recursive-descent parser from tokens to the AST.
//!
//! Recursion is bounded: the lexer refuses more than 200 open brackets and
//! `enter` refuses deeply nested unary operators and the like, so no input
//! can overflow the Rust stack.

use crate::ast::*;
use crate::error::{SResult, SyntaxError};
use crate::lexer::tokenize;
use crate::token::{is_keyword, Tok, Token};
use std::collections::HashSet;

/// Parse a whole module (file or `exec` source).
pub fn parse_module(src: &str) -> SResult<Vec<Stmt>> {
    let toks = tokenize(src)?;
    let mut p = Parser::new(toks);
    let mut body = Vec::new();
    while !p.at_end() {
        if p.peek() == &Tok::Newline {
            p.pos += 1;
            continue;
        }
        body.extend(p.statement()?);
    }
    Ok(body)
}

/// Parse a single expression (`eval` source), allowing surrounding blank lines.
pub fn parse_expression(src: &str) -> SResult<Expr> {
    let toks = tokenize(src.trim_start_matches([' ', '\t']))?;
    let mut p = Parser::new(toks);
    while p.peek() == &Tok::Newline {
        p.pos += 1;
    }
    let e = p.testlist_star_expr()?;
    while p.peek() == &Tok::Newline {
        p.pos += 1;
    }
    if !p.at_end() {
        return p.err_here("invalid syntax");
    }
    Ok(e)
}

/// Deepest expression nesting the parser accepts (each level costs a few Rust
/// stack frames).
const MAX_DEPTH: u32 = 400;

struct Parser {
    toks: Vec<Token>,
    pos: usize,
    depth: u32,
}

fn ex(kind: ExprKind, line: u32) -> Expr {
    Expr { kind, line }
}

impl Parser {
    fn new(toks: Vec<Token>) -> Self {
        Parser {
            toks,
            pos: 0,
            depth: 0,
        }
    }

    fn peek(&self) -> &Tok {
        &self.toks[self.pos.min(self.toks.len() - 1)].kind
    }

    fn peek_at(&self, n: usize) -> &Tok {
        &self.toks[(self.pos + n).min(self.toks.len() - 1)].kind
    }

    fn line(&self) -> u32 {
        self.toks[self.pos.min(self.toks.len() - 1)].line
    }

    fn at_end(&self) -> bool {
        matches!(self.peek(), Tok::End)
    }

    fn err_here<T>(&self, msg: &str) -> SResult<T> {
        let t = &self.toks[self.pos.min(self.toks.len() - 1)];
        if matches!(t.kind, Tok::Indent) {
            return Err(SyntaxError::indentation("unexpected indent", t.line, t.col));
        }
        Err(SyntaxError::new(msg, t.line, t.col))
    }

    fn at_op(&self, op: &str) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }

    fn at_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Name(n) if n == kw)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        if self.at_op(op) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.at_kw(kw) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect_op(&mut self, op: &str) -> SResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else if op == ":" {
            self.err_here("expected ':'")
        } else {
            self.err_here("invalid syntax")
        }
    }

    fn expect_kw(&mut self, kw: &str) -> SResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            self.err_here("invalid syntax")
        }
    }

    fn name(&mut self) -> SResult<String> {
        match self.peek() {
            Tok::Name(n) if !is_keyword(n) => {
                let n = n.clone();
                self.pos += 1;
                Ok(n)
            }
            _ => self.err_here("invalid syntax"),
        }
    }

    fn enter(&mut self) -> SResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err_here("too many nested parentheses");
        }
        Ok(())
    }

    // ----- statements -----

    fn statement(&mut self) -> SResult<Vec<Stmt>> {
        let line = self.line();
        if let Tok::Name(n) = self.peek() {
            let kind = match n.as_str() {
                "if" => Some(self.if_stmt()?),
                "while" => Some(self.while_stmt()?),
                "for" => Some(self.for_stmt(false)?),
                "try" => Some(self.try_stmt()?),
                "with" => Some(self.with_stmt(false)?),
                "def" => Some(self.funcdef(Vec::new(), false)?),
                "class" => Some(self.classdef(Vec::new())?),
                "async" => {
                    self.pos += 1;
                    match self.peek() {
                        Tok::Name(n) if n == "def" => Some(self.funcdef(Vec::new(), true)?),
                        Tok::Name(n) if n == "for" => Some(self.for_stmt(true)?),
                        Tok::Name(n) if n == "with" => Some(self.with_stmt(true)?),
                        _ => return self.err_here("invalid syntax"),
                    }
                }
                _ => None,
            };
            if let Some(kind) = kind {
                return Ok(vec![Stmt { kind, line }]);
            }
        }
        if self.at_op("@") {
            return Ok(vec![Stmt {
                kind: self.decorated()?,
                line,
            }]);
        }
        if matches!(self.peek(), Tok::Indent) {
            return self.err_here("unexpected indent");
        }
        self.simple_stmts()
    }

    fn simple_stmts(&mut self) -> SResult<Vec<Stmt>> {
        let mut out = Vec::new();
        loop {
            let line = self.line();
            let kind = self.small_stmt()?;
            out.push(Stmt { kind, line });
            if self.eat_op(";") {
                if matches!(self.peek(), Tok::Newline | Tok::End) {
                    break;
                }
                continue;
            }
            break;
        }
        match self.peek() {
            Tok::Newline => {
                self.pos += 1;
                Ok(out)
            }
            Tok::End => Ok(out),
            _ => self.err_here("invalid syntax"),
        }
    }

    fn small_stmt(&mut self) -> SResult<StmtKind> {
        if self.at_kw("yield") {
            let e = self.yield_expr()?;
            if self.at_op("=") {
                return self.err_here("assignment to yield expression not possible");
            }
            return Ok(StmtKind::Expr(e));
        }
        if let Tok::Name(n) = self.peek() {
            match n.as_str() {
                "pass" => {
                    self.pos += 1;
                    return Ok(StmtKind::Pass);
                }
                "break" => {
                    self.pos += 1;
                    return Ok(StmtKind::Break);
                }
                "continue" => {
                    self.pos += 1;
                    return Ok(StmtKind::Continue);
                }
                "return" => {
                    self.pos += 1;
                    let v = if self.at_simple_end() {
                        None
                    } else {
                        Some(self.testlist_star_expr()?)
                    };
                    return Ok(StmtKind::Return(v));
                }
                "del" => {
                    self.pos += 1;
                    let mut e = self.exprlist()?;
                    let targets = match &mut e.kind {
                        ExprKind::Tuple(items) => std::mem::take(items),
                        _ => vec![e],
                    };
                    for t in &targets {
                        check_del_target(t)?;
                    }
                    return Ok(StmtKind::Delete(targets));
                }
                "global" | "nonlocal" => {
                    let is_global = n == "global";
                    self.pos += 1;
                    let mut names = vec![self.name()?];
                    while self.eat_op(",") {
                        names.push(self.name()?);
                    }
                    return Ok(if is_global {
                        StmtKind::Global(names)
                    } else {
                        StmtKind::Nonlocal(names)
                    });
                }
                "assert" => {
                    self.pos += 1;
                    let test = self.test()?;
                    let msg = if self.eat_op(",") {
                        Some(self.test()?)
                    } else {
                        None
                    };
                    return Ok(StmtKind::Assert { test, msg });
                }
                "raise" => {
                    self.pos += 1;
                    if self.at_simple_end() {
                        return Ok(StmtKind::Raise {
                            exc: None,
                            cause: None,
                        });
                    }
                    let exc = self.test()?;
                    let cause = if self.eat_kw("from") {
                        Some(self.test()?)
                    } else {
                        None
                    };
                    return Ok(StmtKind::Raise {
                        exc: Some(exc),
                        cause,
                    });
                }
                "import" => {
                    self.pos += 1;
                    let mut names = Vec::new();
                    loop {
                        let name = self.dotted_name()?;
                        let asname = if self.eat_kw("as") {
                            Some(self.name()?)
                        } else {
                            None
                        };
                        names.push(Alias { name, asname });
                        if !self.eat_op(",") {
                            break;
                        }
                    }
                    return Ok(StmtKind::Import(names));
                }
                "from" => {
                    self.pos += 1;
                    return self.import_from();
                }
                _ => {}
            }
        }
        self.expr_stmt()
    }

    fn at_simple_end(&self) -> bool {
        matches!(self.peek(), Tok::Newline | Tok::End) || self.at_op(";")
    }

    fn dotted_name(&mut self) -> SResult<String> {
        let mut name = self.name()?;
        while self.eat_op(".") {
            name.push('.');
            name.push_str(&self.name()?);
        }
        Ok(name)
    }

    fn import_from(&mut self) -> SResult<StmtKind> {
        let mut level = 0;
        loop {
            if self.eat_op(".") {
                level += 1;
            } else if self.eat_op("...") {
                level += 3;
            } else {
                break;
            }
        }
        let module = if self.at_kw("import") {
            if level == 0 {
                return self.err_here("invalid syntax");
            }
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect_kw("import")?;
        let mut names = Vec::new();
        if self.eat_op("*") {
            names.push(Alias {
                name: "*".into(),
                asname: None,
            });
        } else {
            let paren = self.eat_op("(");
            loop {
                let name = self.name()?;
                let asname = if self.eat_kw("as") {
                    Some(self.name()?)
                } else {
                    None
                };
                names.push(Alias { name, asname });
                if !self.eat_op(",") {
                    break;
                }
                if paren && self.at_op(")") {
                    break;
                }
            }
            if paren {
                self.expect_op(")")?;
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    fn expr_stmt(&mut self) -> SResult<StmtKind> {
        let first = self.testlist_star_expr()?;
        if self.at_op("=") {
            let mut targets = vec![first];
            let mut value;
            loop {
                self.expect_op("=")?;
                value = if self.at_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.testlist_star_expr()?
                };
                if self.at_op("=") {
                    targets.push(value);
                } else {
                    break;
                }
            }
            for t in &targets {
                check_assign_target(t, true)?;
            }
            return Ok(StmtKind::Assign { targets, value });
        }
        if let Tok::Op(op) = self.peek() {
            let aug = match *op {
                "+=" => Some(BinOp::Add),
                "-=" => Some(BinOp::Sub),
                "*=" => Some(BinOp::Mul),
                "@=" => Some(BinOp::MatMul),
                "/=" => Some(BinOp::Div),
                "//=" => Some(BinOp::FloorDiv),
                "%=" => Some(BinOp::Mod),
                "**=" => Some(BinOp::Pow),
                "<<=" => Some(BinOp::LShift),
                ">>=" => Some(BinOp::RShift),
                "|=" => Some(BinOp::BitOr),
                "^=" => Some(BinOp::BitXor),
                "&=" => Some(BinOp::BitAnd),
                _ => None,
            };
            if let Some(op) = aug {
                self.pos += 1;
                match &first.kind {
                    ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => {}
                    _ => {
                        return Err(SyntaxError::new(
                            format!(
                                "'{}' is an illegal expression for augmented assignment",
                                describe(&first)
                            ),
                            first.line,
                            1,
                        ))
                    }
                }
                let value = if self.at_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.testlist_star_expr()?
                };
                return Ok(StmtKind::AugAssign {
                    target: first,
                    op,
                    value,
                });
            }
            if *op == ":" {
                self.pos += 1;
                match &first.kind {
                    ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => {}
                    ExprKind::Tuple(_) => {
                        return Err(SyntaxError::new(
                            "only single target (not tuple) can be annotated",
                            first.line,
                            1,
                        ))
                    }
                    _ => {
                        return Err(SyntaxError::new(
                            "illegal target for annotation",
                            first.line,
                            1,
                        ))
                    }
                }
                let _annotation = self.test()?;
                let value = if self.eat_op("=") {
                    Some(self.testlist_star_expr()?)
                } else {
                    None
                };
                return Ok(StmtKind::AnnAssign {
                    target: first,
                    value,
                });
            }
        }
        if let ExprKind::Starred(_) = first.kind {
            return Err(SyntaxError::new(
                "can't use starred expression here",
                first.line,
                1,
            ));
        }
        Ok(StmtKind::Expr(first))
    }

    fn block(&mut self) -> SResult<Vec<Stmt>> {
        self.expect_op(":")?;
        if self.peek() == &Tok::Newline {
            self.pos += 1;
            if self.peek() != &Tok::Indent {
                return Err(SyntaxError::indentation(
                    "expected an indented block",
                    self.line(),
                    1,
                ));
            }
            self.pos += 1;
            let mut body = Vec::new();
            while !matches!(self.peek(), Tok::Dedent | Tok::End) {
                if self.peek() == &Tok::Newline {
                    self.pos += 1;
                    continue;
                }
                body.extend(self.statement()?);
            }
            if self.peek() == &Tok::Dedent {
                self.pos += 1;
            }
            Ok(body)
        } else {
            self.simple_stmts()
        }
    }

    fn if_stmt(&mut self) -> SResult<StmtKind> {
        // `elif` clauses become nested `If`s in `orelse`; they are read
        // with a loop (a chain may be as long as the file) and nested
        // from the last.
        let mut clauses = Vec::new();
        let mut line = self.line();
        loop {
            self.pos += 1; // if / elif
            let test = self.namedexpr_test()?;
            let body = self.block()?;
            clauses.push((line, test, body));
            if !self.at_kw("elif") {
                break;
            }
            line = self.line();
        }
        let mut orelse = if self.eat_kw("else") {
            self.block()?
        } else {
            Vec::new()
        };
        // The clause built last and the line of its `elif`.
        let mut inner: Option<(StmtKind, u32)> = None;
        while let Some((line, test, body)) = clauses.pop() {
            if let Some((kind, l)) = inner.take() {
                orelse = vec![Stmt { kind, line: l }];
            }
            let kind = StmtKind::If {
                test,
                body,
                orelse: std::mem::take(&mut orelse),
            };
            inner = Some((kind, line));
        }
        Ok(inner.expect("one clause at least").0)
    }

    fn while_stmt(&mut self) -> SResult<StmtKind> {
        self.pos += 1;
        let test = self.namedexpr_test()?;
        let body = self.block()?;
        let orelse = if self.eat_kw("else") {
            self.block()?
        } else {
            Vec::new()
        };
        Ok(StmtKind::While { test, body, orelse })
    }

    fn for_stmt(&mut self, is_async: bool) -> SResult<StmtKind> {
        self.expect_kw("for")?;
        let target = self.exprlist()?;
        check_assign_target(&target, false)?;
        self.expect_kw("in")?;
        let iter = self.testlist_star_expr()?;
        let body = self.block()?;
        let orelse = if self.eat_kw("else") {
            self.block()?
        } else {
            Vec::new()
        };
        Ok(StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        })
    }

    fn try_stmt(&mut self) -> SResult<StmtKind> {
        self.pos += 1;
        let body = self.block()?;
        let mut handlers = Vec::new();
        while self.at_kw("except") {
            let line = self.line();
            self.pos += 1;
            let (typ, name) = if self.at_op(":") {
                (None, None)
            } else {
                let t = self.test()?;
                let t = if self.at_op(",") {
                    let mut items = vec![t];
                    while self.eat_op(",") {
                        if self.at_op(":") || self.at_kw("as") {
                            break;
                        }
                        items.push(self.test()?);
                    }
                    let l = items[0].line;
                    ex(ExprKind::Tuple(items), l)
                } else {
                    t
                };
                let name = if self.eat_kw("as") {
                    Some(self.name()?)
                } else {
                    None
                };
                (Some(t), name)
            };
            let hbody = self.block()?;
            handlers.push(ExceptHandler {
                typ,
                name,
                body: hbody,
                line,
            });
        }
        for (i, h) in handlers.iter().enumerate() {
            if h.typ.is_none() && i + 1 != handlers.len() {
                return Err(SyntaxError::new(
                    "default 'except:' must be last",
                    h.line,
                    1,
                ));
            }
        }
        let orelse = if !handlers.is_empty() && self.eat_kw("else") {
            self.block()?
        } else {
            Vec::new()
        };
        let finalbody = if self.eat_kw("finally") {
            self.block()?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return self.err_here("expected 'except' or 'finally' block");
        }
        Ok(StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        })
    }

    fn with_stmt(&mut self, is_async: bool) -> SResult<StmtKind> {
        self.expect_kw("with")?;
        let mut items = Vec::new();
        // Parenthesised form: with (a as b, c as d):
        let save = self.pos;
        if self.at_op("(") {
            self.pos += 1;
            let ok = (|| -> SResult<Vec<WithItem>> {
                let mut items = Vec::new();
                loop {
                    items.push(self.with_item()?);
                    if !self.eat_op(",") {
                        break;
                    }
                    if self.at_op(")") {
                        break;
                    }
                }
                self.expect_op(")")?;
                if !self.at_op(":") {
                    return self.err_here("invalid syntax");
                }
                Ok(items)
            })();
            match ok {
                Ok(v) => items = v,
                Err(_) => self.pos = save,
            }
        }
        if items.is_empty() {
            loop {
                items.push(self.with_item()?);
                if !self.eat_op(",") {
                    break;
                }
            }
        }
        let body = self.block()?;
        Ok(StmtKind::With {
            items,
            body,
            is_async,
        })
    }

    fn with_item(&mut self) -> SResult<WithItem> {
        let context = self.test()?;
        let target = if self.eat_kw("as") {
            let t = self.expr()?;
            check_assign_target(&t, false)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    fn decorated(&mut self) -> SResult<StmtKind> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.namedexpr_test()?);
            if self.peek() != &Tok::Newline {
                return self.err_here("invalid syntax");
            }
            self.pos += 1;
        }
        if self.at_kw("def") {
            self.funcdef(decorators, false)
        } else if self.at_kw("class") {
            self.classdef(decorators)
        } else if self.eat_kw("async") {
            self.funcdef(decorators, true)
        } else {
            self.err_here("invalid syntax")
        }
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, is_async: bool) -> SResult<StmtKind> {
        self.expect_kw("def")?;
        let name = self.name()?;
        self.expect_op("(")?;
        let args = self.parameters(")", true)?;
        self.expect_op(")")?;
        if self.eat_op("->") {
            let _ = self.test()?;
        }
        let body = self.block()?;
        Ok(StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            args,
            body,
            decorators,
            is_async,
        })))
    }

    fn parameters(&mut self, close: &str, annotations: bool) -> SResult<Arguments> {
        let mut a = Arguments::default();
        let mut kwonly = false;
        let mut seen_default = false;
        let mut names: HashSet<String> = HashSet::new();
        let mut bare_star_line = None;
        let add_name = |n: &str, line: u32, names: &mut HashSet<String>| -> SResult<()> {
            if !names.insert(n.to_string()) {
                return Err(SyntaxError::new(
                    format!("duplicate argument '{}' in function definition", n),
                    line,
                    1,
                ));
            }
            Ok(())
        };
        while !self.at_op(close) {
            let line = self.line();
            if self.eat_op("/") {
                if kwonly || !a.posonly.is_empty() || a.args.is_empty() {
                    return self.err_here("invalid syntax");
                }
                a.posonly = std::mem::take(&mut a.args);
            } else if self.eat_op("**") {
                let n = self.name()?;
                add_name(&n, line, &mut names)?;
                if annotations && self.eat_op(":") {
                    self.test()?;
                }
                a.kwarg = Some(Arg { name: n, line });
                self.eat_op(",");
                if !self.at_op(close) {
                    return self.err_here("invalid syntax");
                }
                break;
            } else if self.eat_op("*") {
                if kwonly {
                    return self.err_here("* argument may appear only once");
                }
                kwonly = true;
                if self.at_op(",") || self.at_op(close) {
                    bare_star_line = Some(line);
                } else {
                    let n = self.name()?;
                    add_name(&n, line, &mut names)?;
                    if annotations && self.eat_op(":") {
                        self.test()?;
                    }
                    a.vararg = Some(Arg { name: n, line });
                }
            } else {
                let n = self.name()?;
                add_name(&n, line, &mut names)?;
                if annotations && self.eat_op(":") {
                    self.test()?;
                }
                let default = if self.eat_op("=") {
                    Some(self.test()?)
                } else {
                    None
                };
                if kwonly {
                    a.kwonly.push(Arg { name: n, line });
                    a.kw_defaults.push(default);
                    bare_star_line = None;
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(SyntaxError::new(
                                "non-default argument follows default argument",
                                line,
                                1,
                            ))
                        }
                        None => {}
                    }
                    a.args.push(Arg { name: n, line });
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        if let Some(line) = bare_star_line {
            return Err(SyntaxError::new(
                "named arguments must follow bare *",
                line,
                1,
            ));
        }
        Ok(a)
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> SResult<StmtKind> {
        self.expect_kw("class")?;
        let name = self.name()?;
        let (bases, keywords) = if self.eat_op("(") {
            let (a, k) = self.arglist()?;
            self.expect_op(")")?;
            (a, k)
        } else {
            (Vec::new(), Vec::new())
        };
        let body = self.block()?;
        Ok(StmtKind::ClassDef(Box::new(ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
        })))
    }

    // ----- expressions -----

    /// Comma-separated tests or starred expressions; a tuple if there is a
    /// comma.
    fn testlist_star_expr(&mut self) -> SResult<Expr> {
        let line = self.line();
        let first = self.test_or_star()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_expr_end() {
                break;
            }
            items.push(self.test_or_star()?);
        }
        Ok(ex(ExprKind::Tuple(items), line))
    }

    fn at_expr_end(&self) -> bool {
        match self.peek() {
            Tok::Newline | Tok::End => true,
            Tok::Op(o) => matches!(
                *o,
                ")" | "]"
                    | "}"
                    | "="
                    | ";"
                    | ":"
                    | "+="
                    | "-="
                    | "*="
                    | "/="
                    | "//="
                    | "%="
                    | "**="
                    | ">>="
                    | "<<="
                    | "&="
                    | "|="
                    | "^="
                    | "@="
            ),
            Tok::Name(n) => n == "in" || n == "for" || n == "async",
            _ => false,
        }
    }

    fn test_or_star(&mut self) -> SResult<Expr> {
        if self.at_op("*") {
            let line = self.line();
            self.pos += 1;
            let e = self.expr()?;
            return Ok(ex(ExprKind::Starred(Box::new(e)), line));
        }
        self.namedexpr_test()
    }

    /// Targets of `for` and `del`.
    fn exprlist(&mut self) -> SResult<Expr> {
        let line = self.line();
        let first = self.expr_or_star()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_kw("in") || self.at_op("=") || self.at_simple_end() {
                break;
            }
            items.push(self.expr_or_star()?);
        }
        Ok(ex(ExprKind::Tuple(items), line))
    }

    fn expr_or_star(&mut self) -> SResult<Expr> {
        if self.at_op("*") {
            let line = self.line();
            self.pos += 1;
            let e = self.expr()?;
            return Ok(ex(ExprKind::Starred(Box::new(e)), line));
        }
        self.expr()
    }

    fn namedexpr_test(&mut self) -> SResult<Expr> {
        let e = self.test()?;
        if self.at_op(":=") {
            let line = e.line;
            let name = match &e.kind {
                ExprKind::Name(n) => n.clone(),
                _ => {
                    return Err(SyntaxError::new(
                        format!("cannot use assignment expressions with {}", describe(&e)),
                        line,
                        1,
                    ))
                }
            };
            self.pos += 1;
            let v = self.test()?;
            return Ok(ex(ExprKind::NamedExpr(name, Box::new(v)), line));
        }
        Ok(e)
    }

    fn test(&mut self) -> SResult<Expr> {
        self.enter()?;
        let r = self.test_inner();
        self.depth -= 1;
        r
    }

    fn test_inner(&mut self) -> SResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambda(true);
        }
        let line = self.line();
        let e = self.or_test()?;
        if self.at_kw("if") {
            self.pos += 1;
            let cond = self.or_test()?;
            if !self.eat_kw("else") {
                return self.err_here("expected 'else' after 'if' expression");
            }
            let other = self.test()?;
            return Ok(ex(
                ExprKind::IfExp(Box::new(cond), Box::new(e), Box::new(other)),
                line,
            ));
        }
        Ok(e)
    }

    fn test_nocond(&mut self) -> SResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambda(false);
        }
        self.or_test()
    }

    fn lambda(&mut self, cond: bool) -> SResult<Expr> {
        let line = self.line();
        self.pos += 1;
        let args = self.parameters(":", false)?;
        self.expect_op(":")?;
        let body = if cond {
            self.test()?
        } else {
            self.test_nocond()?
        };
        Ok(ex(ExprKind::Lambda(Box::new(args), Box::new(body)), line))
    }

    fn or_test(&mut self) -> SResult<Expr> {
        self.bool_chain("or", BoolOp::Or, Self::and_test)
    }

    fn and_test(&mut self) -> SResult<Expr> {
        self.bool_chain("and", BoolOp::And, Self::not_test)
    }

    /// `next (kw next)*` as one flat BoolOp, or just `next` alone.
    fn bool_chain(
        &mut self,
        kw: &str,
        op: BoolOp,
        next: fn(&mut Self) -> SResult<Expr>,
    ) -> SResult<Expr> {
        let line = self.line();
        let first = next(self)?;
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_kw(kw) {
            items.push(next(self)?);
        }
        Ok(ex(ExprKind::BoolOp(op, items), line))
    }

    fn not_test(&mut self) -> SResult<Expr> {
        if self.at_kw("not") {
            let line = self.line();
            self.pos += 1;
            self.enter()?;
            let e = self.not_test();
            self.depth -= 1;
            return Ok(ex(ExprKind::UnaryOp(UnaryOp::Not, Box::new(e?)), line));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> SResult<Expr> {
        let line = self.line();
        let first = self.expr()?;
        let mut ops = Vec::new();
        loop {
            let op = match self.peek() {
                Tok::Op("<") => CmpOp::Lt,
                Tok::Op(">") => CmpOp::Gt,
                Tok::Op("==") => CmpOp::Eq,
                Tok::Op(">=") => CmpOp::GtE,
                Tok::Op("<=") => CmpOp::LtE,
                Tok::Op("!=") => CmpOp::NotEq,
                Tok::Name(n) if n == "in" => CmpOp::In,
                Tok::Name(n)
                    if n == "not" && matches!(self.peek_at(1), Tok::Name(m) if m == "in") =>
                {
                    self.pos += 1;
                    CmpOp::NotIn
                }
                Tok::Name(n) if n == "is" => {
                    if matches!(self.peek_at(1), Tok::Name(m) if m == "not") {
                        self.pos += 1;
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                _ => break,
            };
            self.pos += 1;
            ops.push((op, self.expr()?));
        }
        if ops.is_empty() {
            Ok(first)
        } else {
            Ok(ex(ExprKind::Compare(Box::new(first), ops), line))
        }
    }

    fn binary_level(
        &mut self,
        next: fn(&mut Self) -> SResult<Expr>,
        table: &[(&str, BinOp)],
    ) -> SResult<Expr> {
        let mut left = next(self)?;
        'outer: loop {
            for (tok, op) in table {
                if self.at_op(tok) {
                    let line = left.line;
                    self.pos += 1;
                    let right = next(self)?;
                    left = ex(ExprKind::BinOp(Box::new(left), *op, Box::new(right)), line);
                    continue 'outer;
                }
            }
            return Ok(left);
        }
    }

    fn expr(&mut self) -> SResult<Expr> {
        self.binary_level(Self::xor_expr, &[("|", BinOp::BitOr)])
    }

    fn xor_expr(&mut self) -> SResult<Expr> {
        self.binary_level(Self::and_expr, &[("^", BinOp::BitXor)])
    }

    fn and_expr(&mut self) -> SResult<Expr> {
        self.binary_level(Self::shift_expr, &[("&", BinOp::BitAnd)])
    }

    fn shift_expr(&mut self) -> SResult<Expr> {
        self.binary_level(
            Self::arith_expr,
            &[("<<", BinOp::LShift), (">>", BinOp::RShift)],
        )
    }

    fn arith_expr(&mut self) -> SResult<Expr> {
        self.binary_level(Self::term, &[("+", BinOp::Add), ("-", BinOp::Sub)])
    }

    fn term(&mut self) -> SResult<Expr> {
        self.binary_level(
            Self::factor,
            &[
                ("*", BinOp::Mul),
                ("/", BinOp::Div),
                ("//", BinOp::FloorDiv),
                ("%", BinOp::Mod),
                ("@", BinOp::MatMul),
            ],
        )
    }

    fn factor(&mut self) -> SResult<Expr> {
        let op = match self.peek() {
            Tok::Op("-") => Some(UnaryOp::Neg),
            Tok::Op("+") => Some(UnaryOp::Pos),
            Tok::Op("~") => Some(UnaryOp::Invert),
            _ => None,
        };
        if let Some(op) = op {
            let line = self.line();
            self.pos += 1;
            self.enter()?;
            let e = self.factor();
            self.depth -= 1;
            let e = e?;
            // Fold `-literal` so that -9223372036854775808 and friends are
            // constants, as CPython's optimiser does.
            if op == UnaryOp::Neg {
                if let ExprKind::Const(Constant::Int(s)) = &e.kind {
                    if !s.starts_with('-') {
                        return Ok(ex(ExprKind::Const(Constant::Int(format!("-{}", s))), line));
                    }
                }
            }
            return Ok(ex(ExprKind::UnaryOp(op, Box::new(e)), line));
        }
        self.power()
    }

    fn power(&mut self) -> SResult<Expr> {
        let line = self.line();
        let base = if self.at_kw("await") {
            self.pos += 1;
            let e = self.atom_expr()?;
            ex(ExprKind::Await(Box::new(e)), line)
        } else {
            self.atom_expr()?
        };
        if self.eat_op("**") {
            self.enter()?;
            let exp = self.factor();
            self.depth -= 1;
            return Ok(ex(
                ExprKind::BinOp(Box::new(base), BinOp::Pow, Box::new(exp?)),
                line,
            ));
        }
        Ok(base)
    }

    fn atom_expr(&mut self) -> SResult<Expr> {
        let mut e = self.atom()?;
        let mut trailers = 0u32;
        loop {
            let line = self.line();
            if self.at_op("(") {
                self.pos += 1;
                let (args, keywords) = self.arglist()?;
                self.expect_op(")")?;
                e = ex(
                    ExprKind::Call {
                        func: Box::new(e),
                        args,
                        keywords,
                    },
                    line,
                );
            } else if self.at_op("[") {
                self.pos += 1;
                let idx = self.subscriptlist()?;
                self.expect_op("]")?;
                e = ex(ExprKind::Subscript(Box::new(e), Box::new(idx)), line);
            } else if self.at_op(".") {
                self.pos += 1;
                let n = self.name()?;
                e = ex(ExprKind::Attribute(Box::new(e), n), line);
            } else {
                break;
            }
            trailers += 1;
            if trailers > 2000 {
                return self.err_here("too many nested parentheses");
            }
        }
        Ok(e)
    }

    fn subscriptlist(&mut self) -> SResult<Expr> {
        let line = self.line();
        let first = self.subscript()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            items.push(self.subscript()?);
        }
        Ok(ex(ExprKind::Tuple(items), line))
    }

    fn subscript(&mut self) -> SResult<Expr> {
        let line = self.line();
        if self.at_op("*") {
            return self.test_or_star();
        }
        let lo = if self.at_op(":") {
            None
        } else {
            let e = self.namedexpr_test()?;
            if !self.at_op(":") {
                return Ok(e);
            }
            Some(Box::new(e))
        };
        self.expect_op(":")?;
        let hi = if self.at_op(":") || self.at_op("]") || self.at_op(",") {
            None
        } else {
            Some(Box::new(self.test()?))
        };
        let step = if self.eat_op(":") {
            if self.at_op("]") || self.at_op(",") {
                None
            } else {
                Some(Box::new(self.test()?))
            }
        } else {
            None
        };
        Ok(ex(ExprKind::Slice(lo, hi, step), line))
    }

    /// Call arguments up to (not including) the closing parenthesis.
    fn arglist(&mut self) -> SResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut kw_names: HashSet<String> = HashSet::new();
        let mut seen_kwunpack = false;
        while !self.at_op(")") {
            let line = self.line();
            if self.eat_op("**") {
                let v = self.test()?;
                keywords.push(Keyword {
                    name: None,
                    value: v,
                });
                seen_kwunpack = true;
            } else if self.eat_op("*") {
                let v = self.test()?;
                if seen_kwunpack {
                    return Err(SyntaxError::new(
                        "iterable argument unpacking follows keyword argument unpacking",
                        line,
                        1,
                    ));
                }
                args.push(ex(ExprKind::Starred(Box::new(v)), line));
            } else {
                let e = self.namedexpr_test()?;
                if self.at_op("=") {
                    self.pos += 1;
                    let name =
                        match &e.kind {
                            ExprKind::Name(n) => n.clone(),
                            _ => return Err(SyntaxError::new(
                                "expression cannot contain assignment, perhaps you meant \"==\"?",
                                line,
                                1,
                            )),
                        };
                    if !kw_names.insert(name.clone()) {
                        return Err(SyntaxError::new(
                            format!("keyword argument repeated: {}", name),
                            line,
                            1,
                        ));
                    }
                    let v = self.test()?;
                    keywords.push(Keyword {
                        name: Some(name),
                        value: v,
                    });
                } else if self.at_kw("for") || self.at_kw("async") {
                    let gens = self.comp_for()?;
                    let g = ex(ExprKind::GeneratorExp(Box::new(e), gens), line);
                    if !args.is_empty()
                        || !keywords.is_empty()
                        || self.at_op(",") && !matches!(self.peek_at(1), Tok::Op(")"))
                    {
                        return Err(SyntaxError::new(
                            "Generator expression must be parenthesized",
                            line,
                            1,
                        ));
                    }
                    args.push(g);
                } else {
                    if seen_kwunpack {
                        return Err(SyntaxError::new(
                            "positional argument follows keyword argument unpacking",
                            line,
                            1,
                        ));
                    }
                    if !keywords.is_empty() {
                        return Err(SyntaxError::new(
                            "positional argument follows keyword argument",
                            line,
                            1,
                        ));
                    }
                    args.push(e);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok((args, keywords))
    }

    fn comp_for(&mut self) -> SResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = self.eat_kw("async");
            if !self.eat_kw("for") {
                if is_async {
                    return self.err_here("invalid syntax");
                }
                break;
            }
            let target = self.exprlist()?;
            check_assign_target(&target, false)?;
            self.expect_kw("in")?;
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.test_nocond()?);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
            if !self.at_kw("for") && !self.at_kw("async") {
                break;
            }
        }
        Ok(gens)
    }

    fn yield_expr(&mut self) -> SResult<Expr> {
        let line = self.line();
        self.expect_kw("yield")?;
        if self.eat_kw("from") {
            let e = self.test()?;
            return Ok(ex(ExprKind::YieldFrom(Box::new(e)), line));
        }
        if self.at_expr_end() || self.at_op(")") {
            return Ok(ex(ExprKind::Yield(None), line));
        }
        let e = self.testlist_star_expr()?;
        Ok(ex(ExprKind::Yield(Some(Box::new(e))), line))
    }

    fn atom(&mut self) -> SResult<Expr> {
        let line = self.line();
        let tok = self.peek().clone();
        match tok {
            Tok::Name(n) => {
                let k = match n.as_str() {
                    "None" => Constant::None,
                    "True" => Constant::True,
                    "False" => Constant::False,
                    _ => {
                        if is_keyword(&n) {
                            if n == "yield" {
                                return self.err_here("'yield' outside function");
                            }
                            return self.err_here("invalid syntax");
                        }
                        self.pos += 1;
                        return Ok(ex(ExprKind::Name(n), line));
                    }
                };
                self.pos += 1;
                Ok(ex(ExprKind::Const(k), line))
            }
            Tok::Int(s) => {
                self.pos += 1;
                Ok(ex(ExprKind::Const(Constant::Int(s)), line))
            }
            Tok::Float(f) => {
                self.pos += 1;
                Ok(ex(ExprKind::Const(Constant::Float(f)), line))
            }
            Tok::Imag(f) => {
                self.pos += 1;
                Ok(ex(ExprKind::Const(Constant::Imag(f)), line))
            }
            Tok::Str(_) | Tok::Bytes(_) | Tok::FStr { .. } => self.strings(),
            Tok::Op("...") => {
                self.pos += 1;
                Ok(ex(ExprKind::Const(Constant::Ellipsis), line))
            }
            Tok::Op("(") => {
                self.pos += 1;
                self.enter()?;
                let r = self.paren_atom(line);
                self.depth -= 1;
                r
            }
            Tok::Op("[") => {
                self.pos += 1;
                self.enter()?;
                let r = self.list_atom(line);
                self.depth -= 1;
                r
            }
            Tok::Op("{") => {
                self.pos += 1;
                self.enter()?;
                let r = self.brace_atom(line);
                self.depth -= 1;
                r
            }
            Tok::Indent => Err(SyntaxError::indentation("unexpected indent", line, 1)),
            Tok::Newline | Tok::End => self.err_here("invalid syntax"),
            _ => self.err_here("invalid syntax"),
        }
    }

    fn paren_atom(&mut self, line: u32) -> SResult<Expr> {
        if self.eat_op(")") {
            return Ok(ex(ExprKind::Tuple(Vec::new()), line));
        }
        if self.at_kw("yield") {
            let e = self.yield_expr()?;
            self.expect_op(")")?;
            return Ok(e);
        }
        let first = self.test_or_star()?;
        if self.at_kw("for") || self.at_kw("async") {
            let gens = self.comp_for()?;
            self.expect_op(")")?;
            return Ok(ex(ExprKind::GeneratorExp(Box::new(first), gens), line));
        }
        if self.eat_op(")") {
            if let ExprKind::Starred(_) = first.kind {
                return Err(SyntaxError::new(
                    "cannot use starred expression here",
                    line,
                    1,
                ));
            }
            // Parenthesised expressions keep the line of their content.
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op(")") {
                break;
            }
            items.push(self.test_or_star()?);
        }
        self.expect_op(")")?;
        Ok(ex(ExprKind::Tuple(items), line))
    }

    fn list_atom(&mut self, line: u32) -> SResult<Expr> {
        if self.eat_op("]") {
            return Ok(ex(ExprKind::List(Vec::new()), line));
        }
        let first = self.test_or_star()?;
        if self.at_kw("for") || self.at_kw("async") {
            let gens = self.comp_for()?;
            self.expect_op("]")?;
            return Ok(ex(ExprKind::ListComp(Box::new(first), gens), line));
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            items.push(self.test_or_star()?);
        }
        self.expect_op("]")?;
        Ok(ex(ExprKind::List(items), line))
    }

    fn brace_atom(&mut self, line: u32) -> SResult<Expr> {
        if self.eat_op("}") {
            return Ok(ex(ExprKind::Dict(Vec::new()), line));
        }
        if self.eat_op("**") {
            let v = self.expr()?;
            return self.dict_rest(line, None, v);
        }
        let first = self.test_or_star()?;
        if self.eat_op(":") {
            let v = self.test()?;
            if self.at_kw("for") || self.at_kw("async") {
                let gens = self.comp_for()?;
                self.expect_op("}")?;
                return Ok(ex(
                    ExprKind::DictComp(Box::new(first), Box::new(v), gens),
                    line,
                ));
            }
            return self.dict_rest(line, Some(first), v);
        }
        if self.at_kw("for") || self.at_kw("async") {
            let gens = self.comp_for()?;
            self.expect_op("}")?;
            return Ok(ex(ExprKind::SetComp(Box::new(first), gens), line));
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            items.push(self.test_or_star()?);
        }
        self.expect_op("}")?;
        Ok(ex(ExprKind::Set(items), line))
    }

    fn dict_rest(&mut self, line: u32, k: Option<Expr>, v: Expr) -> SResult<Expr> {
        let mut items = vec![(k, v)];
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            if self.eat_op("**") {
                let v = self.expr()?;
                items.push((None, v));
            } else {
                let k = self.test()?;
                self.expect_op(":")?;
                let v = self.test()?;
                items.push((Some(k), v));
            }
        }
        self.expect_op("}")?;
        Ok(ex(ExprKind::Dict(items), line))
    }

    /// Adjacent string literals, concatenated; any f-string makes the result
    /// a `JoinedStr`.
    fn strings(&mut self) -> SResult<Expr> {
        let line = self.line();
        let mut parts: Vec<FPart> = Vec::new();
        let mut bytes: Option<Vec<u8>> = None;
        let mut is_str = false;
        let mut has_f = false;
        loop {
            let tok = self.peek().clone();
            match tok {
                Tok::Str(s) => {
                    is_str = true;
                    push_lit(&mut parts, s);
                }
                Tok::FStr { body, raw } => {
                    is_str = true;
                    has_f = true;
                    let tline = self.line();
                    let ps = parse_fstring(&body, raw, tline, 0)?;
                    for p in ps {
                        match p {
                            FPart::Lit(s) => push_lit(&mut parts, s),
                            other => parts.push(other),
                        }
                    }
                }
                Tok::Bytes(b) => match &mut bytes {
                    Some(acc) => acc.extend_from_slice(&b),
                    None => bytes = Some(b),
                },
                _ => break,
            }
            self.pos += 1;
        }
        if let Some(b) = bytes {
            if is_str {
                return Err(SyntaxError::new(
                    "cannot mix bytes and nonbytes literals",
                    line,
                    1,
                ));
            }
            return Ok(ex(ExprKind::Const(Constant::Bytes(b)), line));
        }
        if !has_f {
            let s = match parts.pop() {
                Some(FPart::Lit(s)) => s,
                _ => String::new(),
            };
            return Ok(ex(ExprKind::Const(Constant::Str(s)), line));
        }
        Ok(ex(ExprKind::JoinedStr(parts), line))
    }
}

fn push_lit(parts: &mut Vec<FPart>, s: String) {
    if let Some(FPart::Lit(prev)) = parts.last_mut() {
        prev.push_str(&s);
    } else {
        parts.push(FPart::Lit(s));
    }
}

/// Split an f-string body into literal text and replacement fields.
fn parse_fstring(body: &str, raw: bool, line: u32, nest: u32) -> SResult<Vec<FPart>> {
    if nest > 2 {
        return Err(SyntaxError::new(
            "f-string: expressions nested too deeply",
            line,
            1,
        ));
    }
    let chars: Vec<char> = body.chars().collect();
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let flush = |lit: &mut String, parts: &mut Vec<FPart>| -> SResult<()> {
        if !lit.is_empty() {
            let s = if raw {
                std::mem::take(lit)
            } else {
                let d =
                    crate::lexer::decode_escapes(lit).map_err(|m| SyntaxError::new(m, line, 1))?;
                lit.clear();
                d
            };
            push_lit(parts, s);
        }
        Ok(())
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                lit.push('{');
                i += 2;
                continue;
            }
            // Find the end of the expression.
            let start = i + 1;
            let mut j = start;
            let mut depth = 0i32;
            let mut quote: Option<char> = None;
            while j < chars.len() {
                let d = chars[j];
                if let Some(q) = quote {
                    if d == q {
                        quote = None;
                    }
                    j += 1;
                    continue;
                }
                match d {
                    '\'' | '"' => quote = Some(d),
                    '(' | '[' | '{' => depth += 1,
                    ')' | ']' => depth -= 1,
                    '}' if depth > 0 => depth -= 1,
                    '}' | ':' if depth == 0 => break,
                    '!' if depth == 0 && chars.get(j + 1) != Some(&'=') => break,
                    '=' if depth == 0
                        && !matches!(chars.get(j + 1), Some('='))
                        && !matches!(chars.get(j.wrapping_sub(1)), Some('=' | '!' | '<' | '>')) =>
                    {
                        break
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(SyntaxError::new("f-string: expecting '}'", line, 1));
            }
            let expr_text: String = chars[start..j].iter().collect();
            if expr_text.trim().is_empty() {
                return Err(SyntaxError::new(
                    "f-string: empty expression not allowed",
                    line,
                    1,
                ));
            }
            let mut debug = false;
            let mut debug_text = String::new();
            if chars[j] == '=' {
                debug = true;
                j += 1;
                while j < chars.len() && chars[j].is_whitespace() {
                    j += 1;
                }
                debug_text = chars[start..j].iter().collect();
            }
            let mut conv = None;
            if chars.get(j) == Some(&'!') {
                let cv = chars.get(j + 1).copied();
                match cv {
                    Some('r') | Some('s') | Some('a') => conv = cv,
                    _ => {
                        return Err(SyntaxError::new(
                            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                            line,
                            1,
                        ))
                    }
                }
                j += 2;
            }
            let mut spec = None;
            if chars.get(j) == Some(&':') {
                j += 1;
                let sstart = j;
                let mut depth = 0;
                while j < chars.len() {
                    match chars[j] {
                        '{' => depth += 1,
                        '}' if depth == 0 => break,
                        '}' => depth -= 1,
                        _ => {}
                    }
                    j += 1;
                }
                let stext: String = chars[sstart..j.min(chars.len())].iter().collect();
                spec = Some(parse_fstring(&stext, raw, line, nest + 1)?);
            }
            if chars.get(j) != Some(&'}') {
                return Err(SyntaxError::new("f-string: expecting '}'", line, 1));
            }
            i = j + 1;
            flush(&mut lit, &mut parts)?;
            let wrapped = format!(
                "({})",
                expr_text.trim_end_matches(|c: char| c.is_whitespace() && c != '\n')
            );
            let mut e = parse_expression(&wrapped).map_err(|mut e| {
                e.msg = format!("f-string: {}", e.msg);
                e.line = line;
                e
            })?;
            set_lines(&mut e, line);
            if debug {
                push_lit(&mut parts, debug_text);
                if conv.is_none() && spec.is_none() {
                    conv = Some('r');
                }
            }
            parts.push(FPart::Expr {
                expr: Box::new(e),
                conv,
                spec,
            });
            continue;
        }
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                lit.push('}');
                i += 2;
                continue;
            }
            return Err(SyntaxError::new(
                "f-string: single '}' is not allowed",
                line,
                1,
            ));
        }
        lit.push(c);
        i += 1;
    }
    flush(&mut lit, &mut parts)?;
    Ok(parts)
}

/// Expressions inside an f-string report the f-string's line.
fn set_lines(e: &mut Expr, line: u32) {
    e.line = line;
}

/// How CPython names an expression in "cannot assign to ..." messages.
fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Const(Constant::None) => "None",
        ExprKind::Const(Constant::True) => "True",
        ExprKind::Const(Constant::False) => "False",
        ExprKind::Const(Constant::Ellipsis) => "ellipsis",
        ExprKind::Const(_) | ExprKind::JoinedStr(_) => "literal",
        ExprKind::BinOp(..) | ExprKind::UnaryOp(..) => "expression",
        ExprKind::BoolOp(..) => "expression",
        ExprKind::Compare(..) => "comparison",
        ExprKind::IfExp(..) => "conditional expression",
        ExprKind::Lambda(..) => "lambda",
        ExprKind::NamedExpr(..) => "named expression",
        ExprKind::ListComp(..) => "list comprehension",
        ExprKind::SetComp(..) => "set comprehension",
        ExprKind::DictComp(..) => "dict comprehension",
        ExprKind::GeneratorExp(..) => "generator expression",
        ExprKind::Await(..) => "await expression",
        ExprKind::Yield(..) | ExprKind::YieldFrom(..) => "yield expression",
        ExprKind::Dict(..) => "dict literal",
        ExprKind::Set(..) => "set display",
        ExprKind::Tuple(..) => "tuple",
        ExprKind::List(..) => "list",
        ExprKind::Starred(..) => "starred",
        ExprKind::Name(..) => "name",
        ExprKind::Attribute(..) => "attribute",
        ExprKind::Subscript(..) => "subscript",
        ExprKind::Slice(..) => "slice",
    }
}

fn check_assign_target(e: &Expr, assign_stmt: bool) -> SResult<()> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let mut stars = 0;
            for it in items {
                if let ExprKind::Starred(inner) = &it.kind {
                    stars += 1;
                    check_assign_target(inner, assign_stmt)?;
                } else {
                    check_assign_target(it, assign_stmt)?;
                }
            }
            if stars > 1 {
                return Err(SyntaxError::new(
                    "multiple starred expressions in assignment",
                    e.line,
                    1,
                ));
            }
            Ok(())
        }
        ExprKind::Starred(_) => Err(SyntaxError::new(
            "starred assignment target must be in a list or tuple",
            e.line,
            1,
        )),
        _ => {
            let what = describe(e);
            let msg = if assign_stmt
                && !matches!(
                    e.kind,
                    ExprKind::Const(Constant::None | Constant::True | Constant::False)
                ) {
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    what
                )
            } else {
                format!("cannot assign to {}", what)
            };
            Err(SyntaxError::new(msg, e.line, 1))
        }
    }
}

fn check_del_target(e: &Expr) -> SResult<()> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for it in items {
                check_del_target(it)?;
            }
            Ok(())
        }
        _ => Err(SyntaxError::new(
            format!("cannot delete {}", describe(e)),
            e.line,
            1,
        )),
    }
}
