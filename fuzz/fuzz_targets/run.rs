//! Source text compiled and run in a small heap with a step budget:
//! `upy_modules::fuzzing::run`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| upy_modules::fuzzing::run(data));
