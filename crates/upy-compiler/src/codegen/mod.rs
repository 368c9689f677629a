//! AST to bytecode. `mod.rs` holds the per-code-object state (units), name
//! resolution and emission helpers; `stmt.rs` and `expr.rs` hold the
//! statement and expression compilers.

mod consts;
mod expr;
mod stmt;

use std::collections::HashMap;
use std::rc::Rc;

use crate::code::*;
use crate::scope::{self, Binding, ScopeKind, SymbolTable};
use upy_syntax::ast::*;
use upy_syntax::{parse_expression, parse_module, SyntaxError};

/// What kind of source is being compiled (as for the `compile` builtin).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` source.
    Exec,
    /// A single expression, whose value is returned.
    Eval,
    /// One interactive statement: expression values are printed.
    Single,
}

/// Compilation options.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// `-O` level: 1 or more drops `assert` statements.
    pub optimize: u8,
}

type R<T> = Result<T, SyntaxError>;

/// Parse and compile source text into a module-level code object.
pub fn compile_source(src: &str, filename: &str, mode: Mode, opts: Options) -> R<Rc<CodeObject>> {
    let filename: Rc<str> = Rc::from(filename);
    match mode {
        Mode::Eval => {
            let e = parse_expression(src)?;
            let body = vec![Stmt {
                line: e.line,
                kind: StmtKind::Return(Some(e)),
            }];
            // `return` at module level is only legal here, where we put it.
            let st = scope::build(&body, ScopeKind::Module)?;
            let mut c = Compiler::new(&st, filename, opts);
            c.push_unit(0, "<module>", 1);
            c.eval_mode = true;
            c.stmts(&body)?;
            Ok(c.finish_unit())
        }
        Mode::Exec | Mode::Single => {
            let body = parse_module(src)?;
            let st = scope::build(&body, ScopeKind::Module)?;
            let mut c = Compiler::new(&st, filename, opts);
            c.interactive = mode == Mode::Single;
            c.push_unit(0, "<module>", 1);
            c.stmts(&body)?;
            c.emit(Op::LoadNone);
            c.emit(Op::ReturnValue);
            Ok(c.finish_unit())
        }
    }
}

/// A control structure the compiler is inside, which `break`, `continue`
/// and `return` must unwind.
#[derive(Clone)]
enum FBlock<'a> {
    Loop {
        start: usize,
        is_for: bool,
        breaks: Vec<usize>,
    },
    TryExcept,
    Finally(&'a [Stmt]),
    /// Inside an except clause or the exceptional path of a finally clause.
    Handler {
        exc_on_stack: bool,
    },
    With {
        is_async: bool,
    },
    /// A `return` value saved on the stack while an inlined finally body
    /// runs; `break`/`continue`/`return` in that body discard it.
    PendingReturn,
}

struct Unit<'a> {
    scope: usize,
    code: CodeObject,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    name_idx: HashMap<String, u32>,
    var_idx: HashMap<String, u32>,
    str_consts: HashMap<String, u32>,
    int_consts: HashMap<i64, u32>,
    /// Name of the innermost enclosing class, for private name mangling.
    private: Option<String>,
}

struct Compiler<'a> {
    st: &'a SymbolTable,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
    opts: Options,
    interactive: bool,
    eval_mode: bool,
    /// `NAME = const(...)` values of the module so far (`consts.rs`).
    consts: HashMap<String, Const>,
    /// Constants too big to fold, computed at run time.
    big_consts: std::collections::HashSet<String>,
}

impl<'a> Compiler<'a> {
    fn new(st: &'a SymbolTable, filename: Rc<str>, opts: Options) -> Self {
        Compiler {
            st,
            filename,
            units: Vec::new(),
            opts,
            interactive: false,
            eval_mode: false,
            consts: HashMap::new(),
            big_consts: Default::default(),
        }
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        // Every compile entry point pushes the module unit before emitting,
        // and units are only popped after their body is done.
        self.units.last_mut().expect("compiler always has a unit")
    }

    fn scope(&self) -> &'a scope::Scope {
        let id = self.units.last().map(|u| u.scope).unwrap_or(0);
        &self.st.scopes[id]
    }

    fn push_unit(&mut self, scope_id: usize, name: &str, line: u32) {
        let private = if matches!(self.st.scopes[scope_id].kind, ScopeKind::Class) {
            Some(name.to_string())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let qualname = match self.units.last() {
            None => name.to_string(),
            Some(parent) => match self.st.scopes[parent.scope].kind {
                ScopeKind::Module => name.to_string(),
                ScopeKind::Class => format!("{}.{}", parent.code.qualname, name),
                _ => format!("{}.<locals>.{}", parent.code.qualname, name),
            },
        };
        let sc = &self.st.scopes[scope_id];
        let mut flags = 0;
        if matches!(sc.kind, ScopeKind::Module | ScopeKind::Class) {
            flags |= CO_NAME_LOCALS;
        }
        let code = CodeObject {
            name: name.to_string(),
            qualname,
            filename: self.filename.clone(),
            ops: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: Vec::new(),
            cellvars: sc.cellvars.clone(),
            freevars: sc.freevars.clone(),
            cell2arg: Vec::new(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags,
            firstline: line,
            lines: Vec::new(),
        };
        self.units.push(Unit {
            scope: scope_id,
            code,
            fblocks: Vec::new(),
            line,
            name_idx: HashMap::new(),
            var_idx: HashMap::new(),
            str_consts: HashMap::new(),
            int_consts: HashMap::new(),
            private,
        });
    }

    /// Register parameters, then the remaining locals, as `varnames`.
    fn setup_varnames(&mut self, args: Option<&Arguments>) {
        let sc = self.scope();
        let mut names: Vec<String> = Vec::new();
        if let Some(a) = args {
            for p in a.posonly.iter().chain(a.args.iter()) {
                names.push(p.name.clone());
            }
            for p in &a.kwonly {
                names.push(p.name.clone());
            }
            if let Some(v) = &a.vararg {
                names.push(v.name.clone());
            }
            if let Some(k) = &a.kwarg {
                names.push(k.name.clone());
            }
            let u = self.unit();
            u.code.argcount = (a.posonly.len() + a.args.len()) as u32;
            u.code.posonlyargcount = a.posonly.len() as u32;
            u.code.kwonlyargcount = a.kwonly.len() as u32;
            if a.vararg.is_some() {
                u.code.flags |= CO_VARARGS;
            }
            if a.kwarg.is_some() {
                u.code.flags |= CO_VARKEYWORDS;
            }
        }
        if sc.kind == ScopeKind::Comprehension {
            names.push(".0".to_string());
            self.unit().code.argcount = 1;
        }
        let mut index: HashMap<String, u32> = HashMap::with_capacity(names.len());
        for (i, n) in names.iter().enumerate() {
            index.entry(n.clone()).or_insert(i as u32);
        }
        for n in sc.local_names() {
            if !index.contains_key(&n) {
                index.insert(n.clone(), names.len() as u32);
                names.push(n);
            }
        }
        let cell2arg: Vec<Option<u32>> =
            sc.cellvars.iter().map(|c| index.get(c).copied()).collect();
        let u = self.unit();
        for (i, n) in names.iter().enumerate() {
            u.var_idx.insert(n.clone(), i as u32);
        }
        u.code.varnames = names;
        u.code.cell2arg = cell2arg;
    }

    fn finish_unit(&mut self) -> Rc<CodeObject> {
        // Paired with the push_unit of the same body.
        let u = self.units.pop().expect("unit to finish");
        Rc::new(u.code)
    }

    fn set_line(&mut self, line: u32) {
        self.unit().line = line;
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        let ip = u.code.ops.len() as u32;
        let line = u.line;
        match u.code.lines.last() {
            Some(&(_, l)) if l == line => {}
            Some(&(i, _)) if i == ip => {
                if let Some(last) = u.code.lines.last_mut() {
                    last.1 = line;
                }
            }
            _ => u.code.lines.push((ip, line)),
        }
        u.code.ops.push(op);
        ip as usize
    }

    fn here(&mut self) -> usize {
        self.unit().code.ops.len()
    }

    /// Point the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    fn patch_to(&mut self, at: usize, target: usize) {
        let t = target as u32;
        let op = &mut self.unit().code.ops[at];
        *op = match *op {
            Op::Jump(_) => Op::Jump(t),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
            Op::ForIter(_) => Op::ForIter(t),
            Op::SetupExcept(_) => Op::SetupExcept(t),
            Op::SetupFinally(_) => Op::SetupFinally(t),
            Op::SetupWith(_) => Op::SetupWith(t),
            Op::SetupAsyncWith(_) => Op::SetupAsyncWith(t),
            Op::JumpIfNotExcMatch(_) => Op::JumpIfNotExcMatch(t),
            other => other,
        };
    }

    fn add_const(&mut self, c: Const) -> u32 {
        let u = self.unit();
        match &c {
            Const::Str(s) => {
                if let Some(&i) = u.str_consts.get(s) {
                    return i;
                }
                let i = u.code.consts.len() as u32;
                u.str_consts.insert(s.clone(), i);
                u.code.consts.push(c);
                i
            }
            Const::Int(v) => {
                if let Some(&i) = u.int_consts.get(v) {
                    return i;
                }
                let i = u.code.consts.len() as u32;
                u.int_consts.insert(*v, i);
                u.code.consts.push(c);
                i
            }
            // Equal tuples of constants are one object, as in MicroPython
            // and CPython (`x = T; x is T` for a folded const tuple).
            Const::Tuple(_) => {
                if let Some(i) = u.code.consts.iter().position(|k| same_const(k, &c)) {
                    return i as u32;
                }
                u.code.consts.push(c);
                (u.code.consts.len() - 1) as u32
            }
            _ => {
                u.code.consts.push(c);
                (u.code.consts.len() - 1) as u32
            }
        }
    }

    fn load_const(&mut self, c: Const) {
        match c {
            Const::None => {
                self.emit(Op::LoadNone);
            }
            Const::Bool(true) => {
                self.emit(Op::LoadTrue);
            }
            Const::Bool(false) => {
                self.emit(Op::LoadFalse);
            }
            Const::Int(v) if v >= i32::MIN as i64 && v <= i32::MAX as i64 => {
                self.emit(Op::LoadSmallInt(v as i32));
            }
            c => {
                let i = self.add_const(c);
                self.emit(Op::LoadConst(i));
            }
        }
    }

    /// `__name` inside class `C` becomes `_C__name` (private name mangling).
    fn mangle(&self, name: &str) -> String {
        let Some(cls) = self.units.last().and_then(|u| u.private.as_deref()) else {
            return name.to_string();
        };
        if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
            return name.to_string();
        }
        let stripped = cls.trim_start_matches('_');
        if stripped.is_empty() {
            return name.to_string();
        }
        format!("_{}{}", stripped, name)
    }

    /// Name-table index of an attribute name, mangled.
    fn attr_index(&mut self, name: &str) -> u32 {
        let m = self.mangle(name);
        self.name_index(&m)
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_idx.get(name) {
            return i;
        }
        let i = u.code.names.len() as u32;
        u.code.names.push(name.to_string());
        u.name_idx.insert(name.to_string(), i);
        i
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        let u = self.units.last()?;
        if let Some(i) = u.code.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        u.code
            .freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (u.code.cellvars.len() + i) as u32)
    }

    fn name_op(&mut self, name: &str, ctx: NameCtx) -> R<()> {
        let sc = self.scope();
        let binding = sc.binding(name);
        let op = match sc.kind {
            ScopeKind::Module => {
                let i = self.name_index(name);
                match (binding, ctx) {
                    (Binding::GlobalExplicit, NameCtx::Load) => Op::LoadGlobal(i),
                    (Binding::GlobalExplicit, NameCtx::Store) => Op::StoreGlobal(i),
                    (Binding::GlobalExplicit, NameCtx::Del) => Op::DeleteGlobal(i),
                    (_, NameCtx::Load) => Op::LoadName(i),
                    (_, NameCtx::Store) => Op::StoreName(i),
                    (_, NameCtx::Del) => Op::DeleteName(i),
                }
            }
            ScopeKind::Class => match binding {
                Binding::GlobalExplicit => {
                    let i = self.name_index(name);
                    match ctx {
                        NameCtx::Load => Op::LoadGlobal(i),
                        NameCtx::Store => Op::StoreGlobal(i),
                        NameCtx::Del => Op::DeleteGlobal(i),
                    }
                }
                Binding::Free if ctx == NameCtx::Load => {
                    let c = self.cell_index(name).unwrap_or(0);
                    Op::LoadClassDeref(c)
                }
                Binding::Free => {
                    let c = self.cell_index(name).unwrap_or(0);
                    match ctx {
                        NameCtx::Store => Op::StoreDeref(c),
                        _ => Op::DeleteDeref(c),
                    }
                }
                _ => {
                    let i = self.attr_index(name);
                    match ctx {
                        NameCtx::Load => Op::LoadName(i),
                        NameCtx::Store => Op::StoreName(i),
                        NameCtx::Del => Op::DeleteName(i),
                    }
                }
            },
            ScopeKind::Function | ScopeKind::Comprehension => match binding {
                Binding::Local => {
                    let i = match self.units.last().and_then(|u| u.var_idx.get(name)) {
                        Some(&i) => i,
                        None => {
                            // A local introduced after varnames were fixed
                            // (cannot normally happen); fall back to a global.
                            let i = self.name_index(name);
                            self.emit(match ctx {
                                NameCtx::Load => Op::LoadGlobal(i),
                                NameCtx::Store => Op::StoreGlobal(i),
                                NameCtx::Del => Op::DeleteGlobal(i),
                            });
                            return Ok(());
                        }
                    };
                    match ctx {
                        NameCtx::Load => Op::LoadFast(i),
                        NameCtx::Store => Op::StoreFast(i),
                        NameCtx::Del => Op::DeleteFast(i),
                    }
                }
                Binding::Cell | Binding::Free => {
                    let c = self.cell_index(name).unwrap_or(0);
                    match ctx {
                        NameCtx::Load => Op::LoadDeref(c),
                        NameCtx::Store => Op::StoreDeref(c),
                        NameCtx::Del => Op::DeleteDeref(c),
                    }
                }
                Binding::GlobalExplicit | Binding::GlobalImplicit => {
                    let i = self.name_index(name);
                    match ctx {
                        NameCtx::Load => Op::LoadGlobal(i),
                        NameCtx::Store => Op::StoreGlobal(i),
                        NameCtx::Del => Op::DeleteGlobal(i),
                    }
                }
            },
        };
        self.emit(op);
        Ok(())
    }

    /// Emit a closure tuple (if the child scope captures anything), the code
    /// constant and `MakeFunction`. Defaults are already on the stack as
    /// described by `flags`.
    fn make_closure(&mut self, code: Rc<CodeObject>, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let idx = self.cell_index(name).unwrap_or(0);
                self.emit(Op::LoadClosure(idx));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 8;
        }
        let c = self.add_const(Const::Code(code));
        self.emit(Op::LoadConst(c));
        self.emit(Op::MakeFunction(flags));
    }

    fn in_function(&self) -> bool {
        matches!(
            self.scope().kind,
            ScopeKind::Function | ScopeKind::Comprehension
        )
    }

    fn in_async_function(&self) -> bool {
        let sc = self.scope();
        sc.is_async
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameCtx {
    Load,
    Store,
    Del,
}

/// Whether two constants are the same value of the same type (floats by
/// their bits: `0.0` and `-0.0` are equal but not the same constant).
fn same_const(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::None, Const::None) | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Bool(x), Const::Bool(y)) => x == y,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::BigInt(x), Const::BigInt(y)) | (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_const(p, q))
        }
        _ => false,
    }
}
