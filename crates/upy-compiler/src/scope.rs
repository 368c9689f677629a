//! Symbol tables: decides for every name in every scope whether it is local,
//! global, a cell (captured by an inner function) or free (captured from an
//! outer one).

use std::collections::{HashMap, HashSet};
use upy_syntax::ast::*;
use upy_syntax::SyntaxError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Comprehension,
}

/// Where a name lives at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Binding {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Debug, Default, Clone)]
struct Sym {
    assigned: bool,
    param: bool,
    used: bool,
    global: bool,
    nonlocal: bool,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    syms: Vec<(String, Sym)>,
    index: HashMap<String, usize>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Resolved bindings, filled by `resolve`.
    pub bindings: HashMap<String, Binding>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub is_generator: bool,
    pub is_async: bool,
    /// Uses `super` or `__class__`, so needs the implicit `__class__` cell.
    pub needs_class_cell: bool,
    pub line: u32,
    /// Comprehensions: the names their `for` clauses bind (an assignment
    /// expression may not rebind them).
    pub iter_vars: Vec<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, line: u32) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            syms: Vec::new(),
            index: HashMap::new(),
            children: Vec::new(),
            parent,
            bindings: HashMap::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            is_generator: false,
            is_async: false,
            needs_class_cell: false,
            line,
            iter_vars: Vec::new(),
        }
    }

    fn sym(&mut self, name: &str) -> &mut Sym {
        let i = match self.index.get(name) {
            Some(&i) => i,
            None => {
                self.syms.push((name.to_string(), Sym::default()));
                self.index.insert(name.to_string(), self.syms.len() - 1);
                self.syms.len() - 1
            }
        };
        &mut self.syms[i].1
    }

    pub fn binding(&self, name: &str) -> Binding {
        self.bindings
            .get(name)
            .copied()
            .unwrap_or(Binding::GlobalImplicit)
    }

    /// Names of local variables in order of first appearance (parameters are
    /// added separately by the code generator so they come first).
    pub fn local_names(&self) -> Vec<String> {
        self.syms
            .iter()
            .filter(|(n, _)| matches!(self.bindings.get(n), Some(Binding::Local)))
            .map(|(n, _)| n.clone())
            .collect()
    }
}

/// All scopes of a module, with the AST node each belongs to.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope created for the AST node at `addr` (a function, class,
    /// lambda or comprehension).
    pub fn scope_of(&self, addr: usize) -> usize {
        self.by_node[&addr]
    }
}

pub fn node_addr<T>(n: &T) -> usize {
    n as *const T as usize
}

type R<T> = Result<T, SyntaxError>;

pub fn build(body: &[Stmt], module_kind: ScopeKind) -> R<SymbolTable> {
    let mut b = Builder {
        scopes: vec![Scope::new(module_kind, "<module>", None, 1)],
        by_node: HashMap::new(),
        cur: 0,
        in_comp_iter: 0,
    };
    for s in body {
        b.stmt(s)?;
    }
    b.resolve(0, &HashSet::new())?;
    Ok(SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    })
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    cur: usize,
    /// Depth of comprehension iterable expressions being visited (an
    /// assignment expression may not appear in them).
    in_comp_iter: usize,
}

/// Names a `for` target binds.
fn target_names(e: &Expr, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Name(n) => out.push(n.clone()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for i in items {
                target_names(i, out);
            }
        }
        ExprKind::Starred(inner) => target_names(inner, out),
        _ => {}
    }
}

impl Builder {
    fn push(&mut self, kind: ScopeKind, name: &str, addr: usize, line: u32) -> usize {
        let id = self.scopes.len();
        self.scopes
            .push(Scope::new(kind, name, Some(self.cur), line));
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(addr, id);
        let prev = self.cur;
        self.cur = id;
        prev
    }

    fn assign(&mut self, name: &str, line: u32) -> R<()> {
        let s = &mut self.scopes[self.cur];
        let sym = s.sym(name);
        if sym.global && sym.param {
            return Err(SyntaxError::new(
                format!("name '{}' is parameter and global", name),
                line,
                1,
            ));
        }
        sym.assigned = true;
        Ok(())
    }

    fn use_name(&mut self, name: &str) {
        if name == "super" || name == "__class__" {
            self.mark_class_cell();
        }
        self.scopes[self.cur].sym(name).used = true;
    }

    /// A `super()` or `__class__` inside a method makes the enclosing class
    /// create a `__class__` cell that the method captures.
    fn mark_class_cell(&mut self) {
        let mut id = self.cur;
        if self.scopes[id].kind == ScopeKind::Class {
            return;
        }
        while let Some(p) = self.scopes[id].parent {
            if self.scopes[p].kind == ScopeKind::Class {
                self.scopes[p].needs_class_cell = true;
                self.scopes[self.cur].sym("__class__").used = true;
                return;
            }
            id = p;
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> R<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn args_defaults(&mut self, a: &Arguments) -> R<()> {
        for d in &a.defaults {
            self.expr(d)?;
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) {
        let s = &mut self.scopes[self.cur];
        for p in a
            .posonly
            .iter()
            .chain(a.args.iter())
            .chain(a.kwonly.iter())
            .chain(a.vararg.iter())
            .chain(a.kwarg.iter())
        {
            let sym = s.sym(&p.name);
            sym.param = true;
            sym.assigned = true;
        }
    }

    fn stmt(&mut self, s: &Stmt) -> R<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.args_defaults(&f.args)?;
                self.assign(&f.name, s.line)?;
                let prev = self.push(ScopeKind::Function, &f.name, node_addr(&**f), s.line);
                self.scopes[self.cur].is_async = f.is_async;
                self.params(&f.args);
                self.stmts(&f.body)?;
                self.cur = prev;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                self.assign(&c.name, s.line)?;
                let prev = self.push(ScopeKind::Class, &c.name, node_addr(&**c), s.line);
                self.stmts(&c.body)?;
                self.cur = prev;
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign { target, value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if let ExprKind::Name(n) = &target.kind {
                    // A bare annotation still makes the name local.
                    if self.scopes[self.cur].kind == ScopeKind::Function {
                        self.assign(n, s.line)?;
                    }
                } else {
                    self.target(target)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                // `elif` chains nest as deep as they are long.
                let mut orelse = orelse;
                while let [Stmt {
                    kind:
                        StmtKind::If {
                            test,
                            body,
                            orelse: next,
                        },
                    ..
                }] = &orelse[..]
                {
                    self.expr(test)?;
                    self.stmts(body)?;
                    orelse = next;
                }
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.assign(n, h.line)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.assign(&bound, s.line)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(SyntaxError::new(
                                "import * only allowed at module level",
                                s.line,
                                1,
                            ));
                        }
                        continue;
                    }
                    let bound = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.assign(&bound, s.line)?;
                }
            }
            StmtKind::Global(names) => {
                for n in names {
                    let sc = &mut self.scopes[self.cur];
                    let sym = sc.sym(n);
                    if sym.param {
                        return Err(SyntaxError::new(
                            format!("name '{}' is parameter and global", n),
                            s.line,
                            1,
                        ));
                    }
                    if sym.assigned || sym.used {
                        let what = if sym.assigned { "assigned to" } else { "used" };
                        return Err(SyntaxError::new(
                            format!("name '{}' is {} before global declaration", n, what),
                            s.line,
                            1,
                        ));
                    }
                    if sym.nonlocal {
                        return Err(SyntaxError::new(
                            format!("name '{}' is nonlocal and global", n),
                            s.line,
                            1,
                        ));
                    }
                    sym.global = true;
                }
            }
            StmtKind::Nonlocal(names) => {
                let kind = self.scopes[self.cur].kind;
                if kind == ScopeKind::Module {
                    return Err(SyntaxError::new(
                        "nonlocal declaration not allowed at module level",
                        s.line,
                        1,
                    ));
                }
                for n in names {
                    let sym = self.scopes[self.cur].sym(n);
                    if sym.param {
                        return Err(SyntaxError::new(
                            format!("name '{}' is parameter and nonlocal", n),
                            s.line,
                            1,
                        ));
                    }
                    if sym.global {
                        return Err(SyntaxError::new(
                            format!("name '{}' is nonlocal and global", n),
                            s.line,
                            1,
                        ));
                    }
                    if sym.assigned || sym.used {
                        let what = if sym.assigned { "assigned to" } else { "used" };
                        return Err(SyntaxError::new(
                            format!("name '{}' is {} before nonlocal declaration", n, what),
                            s.line,
                            1,
                        ));
                    }
                    sym.nonlocal = true;
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> R<()> {
        match &t.kind {
            ExprKind::Name(n) => self.assign(n, t.line),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn comprehension(&mut self, e: &Expr, gens: &[Comprehension], elts: &[&Expr]) -> R<()> {
        // The outermost iterable is evaluated in the enclosing scope.
        self.in_comp_iter += 1;
        let r = self.expr(&gens[0].iter);
        self.in_comp_iter -= 1;
        r?;
        let prev = self.push(ScopeKind::Comprehension, "<comp>", node_addr(e), e.line);
        self.scopes[self.cur].sym(".0").param = true;
        self.scopes[self.cur].sym(".0").assigned = true;
        if matches!(e.kind, ExprKind::GeneratorExp(..)) {
            self.scopes[self.cur].is_generator = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.in_comp_iter += 1;
                let r = self.expr(&g.iter);
                self.in_comp_iter -= 1;
                r?;
            }
            self.target(&g.target)?;
            let mut names = Vec::new();
            target_names(&g.target, &mut names);
            self.scopes[self.cur].iter_vars.extend(names);
            for c in &g.ifs {
                self.expr(c)?;
            }
            if g.is_async {
                self.scopes[self.cur].is_async = true;
            }
        }
        for el in elts {
            self.expr(el)?;
        }
        self.cur = prev;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R<()> {
        match &e.kind {
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Const(_) => {}
            ExprKind::JoinedStr(parts) => self.fparts(parts)?,
            ExprKind::BinOp(..) => {
                // Operator chains nest as deep as they are long: a loop
                // down the left spine.
                let mut cur = e;
                while let ExprKind::BinOp(a, _, b) = &cur.kind {
                    self.expr(b)?;
                    cur = a;
                }
                self.expr(cur)?;
            }
            ExprKind::UnaryOp(_, a) => self.expr(a)?,
            ExprKind::BoolOp(_, items) => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::Compare(a, rest) => {
                self.expr(a)?;
                for (_, b) in rest {
                    self.expr(b)?;
                }
            }
            ExprKind::IfExp(a, b, c) => {
                self.expr(a)?;
                self.expr(b)?;
                self.expr(c)?;
            }
            ExprKind::Lambda(args, body) => {
                self.args_defaults(args)?;
                let prev = self.push(ScopeKind::Function, "<lambda>", node_addr(e), e.line);
                self.params(args);
                self.expr(body)?;
                self.cur = prev;
            }
            ExprKind::NamedExpr(name, v) => {
                if self.in_comp_iter > 0 {
                    return Err(SyntaxError::new(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        e.line,
                        1,
                    ));
                }
                self.expr(v)?;
                // In a comprehension the target binds in the enclosing
                // function (or module) scope.
                let mut id = self.cur;
                while self.scopes[id].kind == ScopeKind::Comprehension {
                    let is_iter_var = self.scopes[id].iter_vars.iter().any(|v| v == name);
                    let sym = self.scopes[id].sym(name);
                    if is_iter_var || sym.param || sym.assigned && id != self.cur {
                        return Err(SyntaxError::new(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{}'",
                                name
                            ),
                            e.line,
                            1,
                        ));
                    }
                    sym.nonlocal = true;
                    sym.used = true;
                    id = match self.scopes[id].parent {
                        Some(p) => p,
                        None => break,
                    };
                }
                if id != self.cur {
                    if self.scopes[id].kind == ScopeKind::Class {
                        return Err(SyntaxError::new(
                            "assignment expression within a comprehension cannot be used in a class body",
                            e.line,
                            1,
                        ));
                    }
                    let save = self.cur;
                    self.cur = id;
                    self.assign(name, e.line)?;
                    self.cur = save;
                    let is_global = self.scopes[id].kind == ScopeKind::Module
                        || self.scopes[id].sym(name).global;
                    if is_global {
                        // Module-level (or `global`) target: the
                        // comprehension writes a global.
                        let mut c = save;
                        while c != id {
                            let sym = self.scopes[c].sym(name);
                            sym.nonlocal = false;
                            sym.global = true;
                            c = self.scopes[c].parent.unwrap_or(id);
                        }
                    }
                } else {
                    self.assign(name, e.line)?;
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::Attribute(v, _) => self.expr(v)?,
            ExprKind::Subscript(v, i) => {
                self.expr(v)?;
                self.expr(i)?;
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b, c].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
            }
            ExprKind::ListComp(elt, gens)
            | ExprKind::SetComp(elt, gens)
            | ExprKind::GeneratorExp(elt, gens) => self.comprehension(e, gens, &[elt])?,
            ExprKind::DictComp(k, v, gens) => self.comprehension(e, gens, &[k, v])?,
            ExprKind::Await(v) => {
                self.expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.mark_generator(e.line)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_generator(e.line)?;
                self.expr(v)?;
            }
        }
        Ok(())
    }

    fn mark_generator(&mut self, line: u32) -> R<()> {
        let s = &mut self.scopes[self.cur];
        match s.kind {
            ScopeKind::Function => {
                s.is_generator = true;
                Ok(())
            }
            ScopeKind::Comprehension => Err(SyntaxError::new(
                "'yield' inside list comprehension",
                line,
                1,
            )),
            _ => Err(SyntaxError::new("'yield' outside function", line, 1)),
        }
    }

    fn fparts(&mut self, parts: &[FPart]) -> R<()> {
        for p in parts {
            if let FPart::Expr { expr, spec, .. } = p {
                self.expr(expr)?;
                if let Some(s) = spec {
                    self.fparts(s)?;
                }
            }
        }
        Ok(())
    }

    /// Resolve bindings of scope `id` given the names bound in enclosing
    /// function scopes; returns the names free in this scope.
    /// Resolve every name of scope `id` given the names its enclosing
    /// functions bind (`outer`); returns the scope's free variables.
    fn resolve(&mut self, id: usize, outer: &HashSet<String>) -> R<Vec<String>> {
        let kind = self.scopes[id].kind;
        let mut bindings = HashMap::new();
        let syms = self.scopes[id].syms.clone();
        for (name, sym) in &syms {
            let b = if sym.global {
                Binding::GlobalExplicit
            } else if sym.nonlocal {
                if !outer.contains(name) {
                    return Err(SyntaxError::new(
                        format!("no binding for nonlocal '{}' found", name),
                        self.scopes[id].line,
                        1,
                    ));
                }
                Binding::Free
            } else if sym.assigned || sym.param {
                match kind {
                    ScopeKind::Module => Binding::GlobalImplicit,
                    _ => Binding::Local,
                }
            } else if kind != ScopeKind::Module && outer.contains(name) {
                Binding::Free
            } else {
                Binding::GlobalImplicit
            };
            bindings.insert(name.clone(), b);
        }
        // Names visible to children as closure variables.
        let mut child_outer: HashSet<String> = match kind {
            ScopeKind::Module => HashSet::new(),
            ScopeKind::Class => outer.clone(),
            _ => {
                let mut v = outer.clone();
                for (n, b) in &bindings {
                    if matches!(b, Binding::Local | Binding::Free) {
                        v.insert(n.clone());
                    }
                }
                v
            }
        };
        if kind == ScopeKind::Class && self.scopes[id].needs_class_cell {
            child_outer.insert("__class__".to_string());
        }
        let mut cellvars: Vec<String> = Vec::new();
        let mut freevars: Vec<String> = Vec::new();
        let children = self.scopes[id].children.clone();
        for c in children {
            let child_free = self.resolve(c, &child_outer)?;
            for n in child_free {
                if kind == ScopeKind::Class && n == "__class__" && self.scopes[id].needs_class_cell
                {
                    if !cellvars.contains(&n) {
                        cellvars.push(n);
                    }
                    continue;
                }
                match bindings.get(&n) {
                    Some(Binding::Local) if kind != ScopeKind::Class => {
                        bindings.insert(n.clone(), Binding::Cell);
                        if !cellvars.contains(&n) {
                            cellvars.push(n);
                        }
                    }
                    Some(Binding::Cell) => {}
                    _ => {
                        // Passes through this scope to the child.
                        if kind != ScopeKind::Class {
                            bindings.insert(n.clone(), Binding::Free);
                        }
                        if !freevars.contains(&n) {
                            freevars.push(n);
                        }
                    }
                }
            }
        }
        for (name, _) in &syms {
            if bindings.get(name) == Some(&Binding::Free) && !freevars.contains(name) {
                freevars.push(name.clone());
            }
        }
        // Keep a deterministic order: order of first appearance.
        let order: HashMap<&String, usize> =
            syms.iter().enumerate().map(|(i, (n, _))| (n, i)).collect();
        cellvars.sort_by_key(|n| order.get(n).copied().unwrap_or(usize::MAX));
        let s = &mut self.scopes[id];
        s.bindings = bindings;
        s.cellvars = cellvars;
        s.freevars = freevars.clone();
        Ok(freevars)
    }
}
