//! The `collections` module. `deque` is native (it is performance
//! sensitive and has its own iterator); `namedtuple`, `OrderedDict` and
//! `defaultdict` are classes built on the builtin tuple and dict, written
//! in Python (`collections.py`) with two native helpers.

pub mod deque;

use upy_vm::native::{Args, Native};
use upy_vm::obj::Obj;
use upy_vm::objects::dict::dict_get_str;
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

const SOURCE: &str = include_str!("collections.py");

/// `_move_to_end(od, key, last)`: reorder an entry of a dict (subclass)
/// in place.
fn move_to_end(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (key, last) = (a.arg(1), vm.truthy(a.arg(2))?);
    let Some(d) = vm.unwrap_base(a.arg(0)).as_gc() else {
        return vm.type_error("expected a dict");
    };
    let hash = vm.hash(key)?;
    let cands = match vm.heap.get(d) {
        Obj::Dict(x) => x.candidates(hash),
        _ => return vm.type_error("expected a dict"),
    };
    for i in cands {
        let k = match vm.heap.get(d) {
            Obj::Dict(x) => x.entry(i).map(|e| e.key),
            _ => None,
        };
        let Some(k) = k else { continue };
        if vm.eq(k, key)? {
            if let Obj::Dict(x) = vm.heap.get_mut(d) {
                if x.entry(i).is_some_and(|e| e.key.is(k)) {
                    x.move_to_end(i, last);
                }
            }
            return Ok(Value::None);
        }
    }
    vm.key_error(key)
}

/// `_caller_module()`: `__name__` of the module whose code called the
/// Python function calling this (for `namedtuple`'s `__module__`).
fn caller_module(vm: &mut Vm, _: &Args) -> PyResult<Value> {
    let n = vm.frames.len();
    if n >= 2 {
        let g = vm.frames[n - 2].globals;
        if let Some(name) = dict_get_str(vm, g, vm.names.__name__) {
            return Ok(name);
        }
    }
    vm.new_str("__main__")
}

const FUNCTIONS: &[Native] = &[
    Native::new("_move_to_end(od, key, last, /)", move_to_end),
    Native::new("_caller_module()", caller_module),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    let m = util::declared_module(vm, "collections", FUNCTIONS)?;
    let dq = deque::init(vm)?;
    vm.module_set(m, "deque", Value::Obj(dq))?;
    vm.run_module_source(m, SOURCE, "<frozen collections>")?;
    Ok(m)
}
