//! The fuzzing harnesses of the whole interpreter (the `run` target of
//! `fuzz/`) and of the regular-expression engine (`re`, `regex` below),
//! kept here so that a plain test replays the committed corpora on
//! stable Rust (`tests/fuzz_corpus.rs`).
//!
//! An input is source text (bytes that are not UTF-8 replaced), compiled
//! and run in a small heap (`HEAP`) with a step budget (`STEPS`: every
//! call, backward jump and iteration step counts) so that no input can run
//! for long, with the library modules that touch nothing outside the
//! process (no `os`, `io`, `vfs` or `time`). Exceptions are expected; a
//! panic (a missing GC root among them), a stack overflow, a hang or an
//! allocation out of proportion to the heap is a bug.

use upy_vm::value::Value;
use upy_vm::vm::Vm;

/// The program's heap budget.
pub const HEAP: usize = 256 * 1024;
/// The native stack the interpreter may use (less than the thread has).
pub const STACK: usize = 6 * 1024 * 1024;
/// Safe points and iteration steps the program may take.
pub const STEPS: u64 = 20_000;

/// Compile and run one input.
pub fn run(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut vm = Vm::new(HEAP);
    vm.uncharged(|vm| {
        vm.builtin_modules.insert("math", crate::math::init);
        vm.builtin_modules.insert("cmath", crate::cmath::init);
        vm.builtin_modules
            .insert("collections", crate::collections::init);
        vm.builtin_modules.insert("struct", crate::pystruct::init);
        vm.builtin_modules.insert("json", crate::json::init);
        vm.builtin_modules.insert("array", crate::array::init);
        vm.builtin_modules.insert("random", crate::random::init);
        vm.builtin_modules.insert("errno", crate::errno::init);
        vm.builtin_modules.insert("weakref", crate::weakref::init);
        vm.builtin_modules.insert("heapq", crate::heapq::init);
        vm.builtin_modules.insert("binascii", crate::binascii::init);
        vm.builtin_modules.insert("hashlib", crate::hashlib::init);
        vm.builtin_modules
            .insert("cryptolib", crate::cryptolib::init);
        vm.builtin_modules.insert("re", crate::re::init);
    });
    vm.discard_io = true;
    // libFuzzer's thread (and the replay test's) has 8 MiB of stack.
    vm.set_stack_size(STACK);
    vm.set_step_budget(STEPS);
    let Ok(main) = vm.new_module("__main__") else {
        return;
    };
    vm.heap.make_permanent(main);
    if let (Ok(k), md) = (vm.new_str("__main__"), vm.modules) {
        let _ = upy_vm::objects::dict::dict_set(&mut vm, md, k, Value::Obj(main));
    }
    let _ = vm.run_module_source(main, &text, "<fuzz>");
    // Finalisers and scheduled callbacks left at exit run too (within a
    // fresh budget: they are code like any other).
    vm.set_step_budget(STEPS);
    vm.finalize_at_exit();
}

/// The `re` target: a pattern parsed, compiled and run over a subject
/// without the VM (see `re::fuzzing`).
pub fn regex(data: &[u8]) {
    crate::re::fuzzing::run(data)
}
