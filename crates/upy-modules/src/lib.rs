//! Library modules of upy. Each module is one file (or folder) with an
//! `init` function that builds the module object; `register` makes them
//! importable by name.

mod array;
mod binascii;
mod cmath;
mod collections;
mod cryptolib;
mod errno;
#[doc(hidden)]
pub mod fuzzing;
mod hashlib;
mod heapq;
mod io;
mod json;
mod machine;
mod math;
mod os;
mod platform;
mod pystruct;
mod random;
mod re;
mod termios;
mod time;
mod uctypes;
mod util;
mod vfs;
mod weakref;
mod zlib;

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
    vm.builtin_modules.insert("os", os::init);
    vm.builtin_modules.insert("heapq", heapq::init);
    vm.builtin_modules.insert("binascii", binascii::init);
    vm.builtin_modules.insert("hashlib", hashlib::init);
    vm.builtin_modules.insert("cryptolib", cryptolib::init);
    vm.builtin_modules.insert("re", re::init);
    vm.builtin_modules.insert("vfs", vfs::init_module);
    vm.builtin_modules.insert("platform", platform::init);
    vm.builtin_modules.insert("machine", machine::init);
    vm.builtin_modules.insert("termios", termios::init);
    vm.builtin_modules.insert("zlib", zlib::init);
    vm.builtin_modules.insert("uctypes", uctypes::init);
    vfs::install_import_hooks(vm);
    // `open` is the builtin alias of `io.open`.
    if let Ok(f) = vm.new_native(&io::OPEN, None) {
        let key = vm.intern("open");
        let b = vm.builtins;
        let _ = upy_vm::objects::dict::dict_set(vm, b, key, f);
    }
}
