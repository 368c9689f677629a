//! The fuzzing harness of the front end (the `parse` target of `fuzz/`),
//! kept here so that a plain test replays the committed corpus on stable
//! Rust (`tests/fuzz_corpus.rs`).
//!
//! An input is a mode byte (exec, eval or single-statement, as `compile()`
//! takes them) then source text; bytes that are not UTF-8 are replaced,
//! as the text must be a `str` to reach the lexer. Any SyntaxError is
//! expected; a panic, a stack overflow, a hang or an allocation out of
//! proportion to the input is a bug.

use crate::{compile_source, Mode, Options};

/// Lex, parse and compile one input.
pub fn compile(data: &[u8]) {
    let Some((&mode, text)) = data.split_first() else {
        return;
    };
    let mode = match mode % 3 {
        0 => Mode::Exec,
        1 => Mode::Eval,
        _ => Mode::Single,
    };
    let text = String::from_utf8_lossy(text);
    let optimize = (data.len() % 2) as u8;
    let _ = compile_source(&text, "<fuzz>", mode, Options { optimize });
}
