//! Source text (after a mode byte) through the lexer, parser and compiler:
//! `upy_compiler::fuzzing::compile`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| upy_compiler::fuzzing::compile(data));
