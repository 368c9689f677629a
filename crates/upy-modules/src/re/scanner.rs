//! `Pattern.scanner(string)`: successive matches (`match`) or searches
//! (`search`) each starting where the last ended; `finditer` iterates
//! over its `search` as CPython's does.

use std::rc::Rc;

use upy_vm::native::{Args, Native};
use upy_vm::obj::{BaseKind, NativeObject, Obj};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use super::exec::{Anchor, Exec};
use super::match_obj::new_match;
use super::pattern::Target;
use crate::util::{self, native, native_mut};

/// A scanner's state.
struct ScannerObj {
    /// What it runs over, with the `pos` and `endpos` it was made with.
    target: Target,
    /// Where the next match is looked for; `None` once one failed.
    next: Option<usize>,
    /// The last match was empty: the next may not be empty where it
    /// starts.
    must_advance: bool,
}

impl NativeObject for ScannerObj {
    fn type_name(&self) -> &'static str {
        "SRE_Scanner"
    }
    fn trace(&self, out: &mut Vec<Value>) {
        self.target.trace(out);
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

/// A new scanner over `t.subject[t.pos..t.endpos]`.
pub fn new_scanner(vm: &mut Vm, t: Target) -> PyResult<Value> {
    let cls = scanner_type(vm)?;
    let next = Some(t.pos);
    vm.alloc_val(Obj::Native(
        cls,
        Box::new(ScannerObj {
            target: t,
            next,
            must_advance: false,
        }),
    ))
}

fn step(vm: &mut Vm, a: &Args, anchor: Anchor) -> PyResult<Value> {
    let s = util::this::<ScannerObj>(vm, a)?;
    let Some((t, next, must_advance)) =
        native::<ScannerObj>(vm, s).map(|sc| (sc.target.clone(), sc.next, sc.must_advance))
    else {
        return Ok(Value::None);
    };
    let Some(start) = next else {
        return Ok(Value::None);
    };
    let mut ex = Exec::new(Rc::clone(&t.info.prog), start, t.endpos, anchor);
    ex.restart(start, must_advance);
    let found = super::run(vm, &mut ex, &t.subject)?;
    let (b, e) = (ex.slots()[0], ex.slots()[1]);
    if let Some(sc) = native_mut::<ScannerObj>(vm, s) {
        if found {
            sc.next = Some(e);
            sc.must_advance = b == e;
        } else {
            sc.next = None;
        }
    }
    if !found {
        return Ok(Value::None);
    }
    new_match(vm, &t, &ex)
}

fn s_match(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    step(vm, a, Anchor::Start)
}

fn s_search(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    step(vm, a, Anchor::Search)
}

fn s_pattern(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(native::<ScannerObj>(vm, a.this()).map_or(Value::None, |s| s.target.pattern))
}

const METHODS: &[Native] = &[
    Native::new("match(self, /)", s_match),
    Native::new("search(self, /)", s_search),
];

/// The scanner type (made once per VM).
pub fn scanner_type(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(&t) = vm.native_types.get("re.SRE_Scanner") {
        return Ok(t);
    }
    let t = util::declared_type(vm, "SRE_Scanner", "_sre", None, BaseKind::Other, METHODS)?;
    upy_vm::types::add_getters(vm, t, &[Native::new("pattern(self, /)", s_pattern)])?;
    vm.native_types.insert("re.SRE_Scanner", t);
    Ok(t)
}
