//! Modules the VM itself provides because they expose its state: `sys`,
//! `gc`, `micropython` and `builtins`. Library modules live in the
//! `upy-modules` crate and register through `Vm::builtin_modules`.

pub mod gc;
pub mod micropython;
pub mod sys;

use crate::value::Gc;
use crate::vm::Vm;
use crate::PyResult;

fn builtins_module(vm: &mut Vm) -> PyResult<Gc> {
    if let Some(m) = vm.builtins_module {
        return Ok(m);
    }
    let m = vm.new_module("builtins")?;
    if let crate::obj::Obj::Module(md) = vm.heap.get_mut(m) {
        md.dict = vm.builtins;
    }
    vm.builtins_module = Some(m);
    vm.heap.make_permanent(m);
    Ok(m)
}

/// Register the VM's own modules.
pub fn register(vm: &mut Vm) {
    vm.builtin_modules.insert("sys", sys::init);
    vm.builtin_modules.insert("gc", gc::init);
    vm.builtin_modules.insert("micropython", micropython::init);
    vm.builtin_modules.insert("builtins", builtins_module);
    let _ = builtins_module(vm);
}
