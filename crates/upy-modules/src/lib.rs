//! Library modules of upy. Each module is one file with an `init`
//! function that builds the module object; `register` makes them
//! importable by name.

use upy_vm::vm::Vm;

/// Make every library module importable.
pub fn register(vm: &mut Vm) {
    let _ = vm;
}
