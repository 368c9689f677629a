//! Helpers shared by the command-line test files: running the `upy`
//! binary that cargo built for the tests.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// A command for the `upy` binary under test.
pub fn upy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_upy"))
}

/// Run `upy` with `args` and no standard input.
pub fn run(args: &[&str]) -> Output {
    upy()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("run upy")
}

/// Bytes as text, lossily.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Run `cmd` with `args` and `input` on standard input; its standard
/// output.
pub fn piped(cmd: Command, args: &[&str], input: &[u8]) -> String {
    text(&piped_output(cmd, args, input).stdout)
}

/// Run `cmd` with `args` and `input` on standard input; all it gave.
pub fn piped_output(mut cmd: Command, args: &[&str], input: &[u8]) -> Output {
    let mut child = cmd
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    // A program may exit before reading everything.
    let _ = stdin.write_all(input);
    drop(stdin);
    child.wait_with_output().expect("wait")
}
