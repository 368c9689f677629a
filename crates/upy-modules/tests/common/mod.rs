//! Helpers shared by the integration tests of upy-modules.

use upy_vm::value::Value;
use upy_vm::vm::Vm;
use upy_vm::PyResult;

/// How running a program ended: "finished", or the last line of its
/// traceback ("RuntimeError: step budget exhausted").
pub fn outcome(vm: &mut Vm, r: PyResult<Value>) -> String {
    match r {
        Ok(_) => "finished".to_string(),
        Err(e) => upy_vm::traceback::format_exception(vm, e)
            .lines()
            .last()
            .unwrap_or("")
            .to_string(),
    }
}
