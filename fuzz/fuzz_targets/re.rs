//! A pattern parsed, compiled and run over a subject, without the VM:
//! `upy_modules::fuzzing::regex`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| upy_modules::fuzzing::regex(data));
