//! The `re` module: CPython's regular expressions (syntax, API, flags,
//! messages) on a backtracking matcher of its own.
//!
//! The pipeline is named by stage: `parse.rs` (pattern text to `ast.rs`
//! nodes, CPython's `re._parser`), `compile.rs` (nodes to a `Program`,
//! CPython's `re._compiler`), `exec.rs` (the matcher, with `charset.rs`
//! and `chars.rs` for sets, categories and case), `template.rs`
//! (replacement templates). Those know nothing of the VM. The Python
//! side: `pattern.rs` (`re.Pattern` and its methods), `match_obj.rs`
//! (`re.Match`), `scanner.rs` (`Pattern.scanner`, behind `finditer`),
//! `subject.rs` (the string matched), and `re.py`: the module-level
//! functions, the cache, `re.error` and the flags, written in Python as
//! CPython writes them.
//!
//! The matcher's work charges the VM's step budget and looks for Ctrl-C
//! every slice (`run`), and its backtracking stack is checked against
//! the heap budget as it grows.

mod ast;
mod chars;
mod charset;
mod compile;
mod error;
mod exec;
mod match_obj;
mod parse;
mod pattern;
mod scanner;
mod subject;
mod template;
mod word_table;

pub(crate) mod fuzzing;

use upy_vm::native::{Args, Native};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;
use error::ReError;
use exec::{Exec, Step};
use subject::Subject;

const SOURCE: &str = include_str!("re.py");

/// Matcher work per slice: a step of the VM's budget is charged per
/// `FUEL_PER_STEP` units, and Ctrl-C is looked for after each slice.
const SLICE: u64 = 1 << 16;
const FUEL_PER_STEP: u64 = 64;

/// Run `ex` over `subj` until it finds a match or gives up, charging
/// its work to the step budget and its stack to the heap budget.
pub(crate) fn run(vm: &mut Vm, ex: &mut Exec, subj: &Subject) -> PyResult<bool> {
    loop {
        let mut fuel = SLICE;
        let step = {
            let text = subj.text(vm);
            ex.run(text, &mut fuel)
        };
        let used = SLICE - fuel;
        vm.take_steps(used.div_ceil(FUEL_PER_STEP).max(1))?;
        match step {
            Step::Found => return Ok(true),
            Step::NotFound => return Ok(false),
            Step::OutOfFuel => {}
            Step::NeedMemory(bytes) => {
                vm.check_alloc(bytes)?;
                ex.grant(bytes);
            }
        }
    }
}

/// Raise the exception for `e`: `re.error(msg, pattern, pos)` for a
/// syntax error in `pattern` (a pattern or a template).
pub(crate) fn raise<T>(vm: &mut Vm, e: ReError, pattern: Value) -> PyResult<T> {
    match e {
        ReError::Syntax { msg, pos } => {
            let cls = vm
                .native_types
                .get("re.error")
                .copied()
                .unwrap_or(vm.types.value_error);
            let m = vm.new_string(msg)?;
            vm.roots.push(m);
            let (p, pos) = match pos {
                Some(p) => (pattern, Value::Int(p as i64)),
                None => (Value::None, Value::None),
            };
            let exc = vm.call(Value::Obj(cls), &[m, p, pos])?;
            Err(exc)
        }
        ReError::Overflow(m) => vm.overflow_error(m),
        ReError::Value(m) => vm.value_error(m),
        ReError::Index(m) => vm.index_error(m),
        ReError::Recursion => {
            let t = vm.types.recursion_error;
            vm.err(t, "maximum recursion depth exceeded")
        }
    }
}

/// `_compile(pattern, flags)`: compile a str or bytes pattern (CPython's
/// `re._compiler.compile`; the cache and the checks of `re.compile` are
/// in `re.py`).
fn m_compile(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let flags = util::i64_arg(vm, a.arg(1))?;
    pattern::compile(vm, a.arg(0), flags as u32)
}

const FUNCTIONS: &[Native] = &[Native::new("_compile(pattern, flags, /)", m_compile)];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "re", FUNCTIONS)?;
    let p = pattern::pattern_type(vm)?;
    vm.module_set(m, "Pattern", Value::Obj(p))?;
    let mt = match_obj::match_type(vm)?;
    vm.module_set(m, "Match", Value::Obj(mt))?;
    scanner::scanner_type(vm)?;
    vm.run_module_source(m, SOURCE, "<frozen re>")?;
    let key = vm.intern("error");
    if let Some(Value::Obj(e)) = upy_vm::objects::dict::dict_get_str(vm, module_dict(vm, m), key) {
        vm.native_types.insert("re.error", e);
    }
    Ok(m)
}

fn module_dict(vm: &Vm, m: Gc) -> Gc {
    match vm.heap.get(m) {
        upy_vm::obj::Obj::Module(md) => md.dict,
        _ => m,
    }
}
