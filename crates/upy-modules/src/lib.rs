//! Library modules of upy. Each module is one file (or folder) with an
//! `init` function that builds the module object; `register` makes them
//! importable by name.

mod array;
mod cmath;
mod collections;
mod errno;
mod io;
mod json;
mod math;
mod pystruct;
mod random;
mod time;
mod util;
mod weakref;

use upy_vm::vm::Vm;

/// Make every library module importable.
pub fn register(vm: &mut Vm) {
    vm.builtin_modules.insert("math", math::init);
    vm.builtin_modules.insert("collections", collections::init);
    vm.builtin_modules.insert("struct", pystruct::init);
    vm.builtin_modules.insert("json", json::init);
    vm.builtin_modules.insert("array", array::init);
    vm.builtin_modules.insert("random", random::init);
    vm.builtin_modules.insert("errno", errno::init);
    vm.builtin_modules.insert("time", time::init);
    vm.builtin_modules.insert("cmath", cmath::init);
    vm.builtin_modules.insert("io", io::init);
    vm.builtin_modules.insert("weakref", weakref::init);
}
