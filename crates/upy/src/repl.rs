//! The interactive prompt: `>>> ` and `... ` prompts, expression values
//! echoed, errors printed and the session goes on.
//!
//! Lines come from the process-wide standard input buffer
//! (`upy_vm::stdio`), which `input()` and `sys.stdin` share, so lines
//! typed ahead or pasted all reach the REPL (or the program), in order.
//! On a terminal the line editor (`line_editor.rs`) reads each line;
//! otherwise each line read is echoed after its prompt, as MicroPython's
//! REPL does.

use std::io::IsTerminal;

use crate::line_editor::{Editor, Line};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;

/// Whether the collected lines need more input: an open bracket, a
/// trailing backslash, or a compound statement not yet ended by a blank
/// line.
fn needs_more(src: &str, last: &str) -> bool {
    let mut depth: i32 = 0;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in src.chars() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '#' => {}
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    if depth > 0 || src.trim_end().ends_with('\\') {
        return true;
    }
    let first = src.lines().next().unwrap_or("");
    let compound = first.trim_end().ends_with(':') || src.lines().count() > 1;
    compound && !last.trim().is_empty()
}

/// A line from standard input that is not a terminal, echoed after the
/// prompt.
fn read_plain_line(vm: &mut Vm, prompt: &str) -> Line {
    let _ = upy_vm::builtins::write_stdout(vm, prompt);
    match upy_vm::stdio::read_stdin(vm, false, None, true) {
        Err(_) => Line::Interrupted,
        Ok(l) if l.is_empty() => {
            let _ = upy_vm::builtins::write_stdout(vm, "\n");
            Line::Eof
        }
        Ok(mut l) => {
            if l.last() == Some(&b'\n') {
                l.pop();
                if l.last() == Some(&b'\r') {
                    l.pop();
                }
            }
            let mut echo = l.clone();
            echo.push(b'\n');
            let _ = upy_vm::builtins::write_stdout_bytes(vm, &echo);
            Line::Text(l)
        }
    }
}

/// The SyntaxError CPython gives for a line that is not UTF-8.
fn undecodable(vm: &mut Vm, bytes: &[u8], line: u32) -> Value {
    let msg = match upy_vm::objects::bytes::decode_bytes(vm, bytes, "utf-8", "strict") {
        Err(e) => {
            vm.roots.push(e);
            upy_vm::objects::exception::exc_str_of(vm, e).unwrap_or_default()
        }
        Ok(_) => String::new(),
    };
    let col = std::str::from_utf8(bytes)
        .err()
        .map_or(0, |e| e.valid_up_to() as u32);
    let e = upy_syntax::SyntaxError::new(format!("(unicode error) {}", msg), line, col + 1);
    let text = String::from_utf8_lossy(bytes);
    upy_vm::builtins::syntax_error_value(vm, &e, "<stdin>", &text)
}

/// Run the prompt until EOF; returns the exit status.
pub fn run(vm: &mut Vm, main: Gc) -> i32 {
    vm.unbuffered = true;
    let _ = upy_vm::builtins::write_stdout(
        vm,
        &format!(
            "upy {}; MicroPython-compatible Python 3 in Rust\nType \"help()\" for more information.\n",
            env!("CARGO_PKG_VERSION")
        ),
    );
    let mut editor =
        (std::io::stdin().is_terminal() && std::io::stdout().is_terminal()).then(Editor::new);
    let mut read = |vm: &mut Vm, prompt: &str| -> Line {
        // A line waiting on an os.dupterm stream is terminal input too
        // (echoed, as a terminal would show it).
        if vm.dupterm.iter().any(|d| !d.is_none()) {
            if let Ok(Some(l)) = upy_vm::builtins::dupterm_read_line(vm) {
                let _ = upy_vm::builtins::write_stdout(vm, &format!("{}{}\n", prompt, l));
                vm.flush_stdout();
                return Line::Text(l.into_bytes());
            }
        }
        match editor.as_mut() {
            Some(ed) => ed.read_line(vm, prompt),
            None => read_plain_line(vm, prompt),
        }
    };
    let Some(globals) = vm.module_dict(main) else {
        return 1;
    };
    'session: loop {
        let mut src = String::new();
        let mut lines = 0;
        loop {
            let prompt = if lines == 0 { ">>> " } else { "... " };
            let bytes = match read(vm, prompt) {
                Line::Text(b) => b,
                Line::Interrupted => {
                    // A Ctrl-C still pending is the one just handled.
                    let _ = upy_vm::stdio::check_interrupt(vm);
                    let _ = upy_vm::builtins::write_stdout(vm, "\nKeyboardInterrupt\n");
                    continue 'session;
                }
                Line::Eof if lines == 0 => return 0,
                Line::Eof => break,
            };
            lines += 1;
            let l = match String::from_utf8(bytes) {
                Ok(l) => l,
                Err(e) => {
                    let exc = undecodable(vm, e.as_bytes(), lines);
                    crate::run::report(vm, exc);
                    vm.roots.clear();
                    continue 'session;
                }
            };
            if lines == 1 && l.trim().is_empty() {
                continue 'session;
            }
            if lines > 1 {
                src.push('\n');
            }
            src.push_str(&l);
            if !needs_more(&src, &l) {
                break;
            }
        }
        src.push('\n');
        let o = upy_compiler::Options {
            optimize: vm.optimize,
        };
        let r = match upy_compiler::compile_source(&src, "<stdin>", upy_compiler::Mode::Single, o) {
            Ok(co) => match vm.code_from(co) {
                Ok(code) => vm.run_code(code, globals, None).map(|_| ()),
                Err(e) => Err(e),
            },
            Err(e) => Err(upy_vm::builtins::syntax_error_value(
                vm, &e, "<stdin>", &src,
            )),
        };
        vm.flush_stdout();
        if let Err(e) = r {
            if vm.exc_matches(e, vm.types.system_exit) {
                return crate::run::report(vm, e);
            }
            crate::run::report(vm, e);
        }
        vm.roots.clear();
    }
}
