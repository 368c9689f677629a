//! A Lfs2 image (two bytes of geometry and script, then the image) put
//! through `upy_fs::fuzzing::run`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use upy_fs::fuzzing::{run, Kind};

fuzz_target!(|data: &[u8]| run(Kind::Lfs2, data));
