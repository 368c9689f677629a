//! The interactive prompt: `>>> ` and `... ` prompts, expression values
//! echoed, errors printed and the session goes on.

use std::io::BufRead;

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

enum Line {
    Text(String),
    Interrupted,
    Eof,
}

/// Run the prompt until EOF; returns the exit status.
pub fn run(vm: &mut Vm, main: Gc) -> i32 {
    vm.unbuffered = true;
    println!(
        "upy {}; MicroPython-compatible Python 3 in Rust",
        env!("CARGO_PKG_VERSION")
    );
    println!("Type \"help()\" for more information.");
    let mut editor = rustyline::DefaultEditor::new().ok();
    let mut read = |vm: &mut Vm, prompt: &str| -> Line {
        // A line waiting on an os.dupterm stream is terminal input too
        // (echoed, as a terminal would show it).
        if vm.dupterm.iter().any(|d| !d.is_none()) {
            if let Ok(Some(l)) = upy_vm::builtins::dupterm_read_line(vm) {
                let _ = upy_vm::builtins::write_stdout(vm, &format!("{}{}\n", prompt, l));
                vm.flush_stdout();
                return Line::Text(l);
            }
        }
        match editor.as_mut() {
            Some(ed) => match ed.readline(prompt) {
                Ok(l) => {
                    if !l.trim().is_empty() {
                        let _ = ed.add_history_entry(l.as_str());
                    }
                    Line::Text(l)
                }
                Err(rustyline::error::ReadlineError::Interrupted) => Line::Interrupted,
                Err(_) => Line::Eof,
            },
            None => {
                print!("{}", prompt);
                let _ = std::io::Write::flush(&mut std::io::stdout());
                let mut s = String::new();
                match std::io::stdin().lock().read_line(&mut s) {
                    Ok(0) | Err(_) => Line::Eof,
                    Ok(_) => Line::Text(s.trim_end_matches('\n').to_string()),
                }
            }
        }
    };
    let Some(globals) = vm.module_dict(main) else {
        return 1;
    };
    loop {
        let mut src = match read(vm, ">>> ") {
            Line::Text(l) => l,
            Line::Interrupted => {
                println!("KeyboardInterrupt");
                continue;
            }
            Line::Eof => return 0,
        };
        if src.trim().is_empty() {
            continue;
        }
        let mut last = src.clone();
        let mut cancelled = false;
        while needs_more(&src, &last) {
            match read(vm, "... ") {
                Line::Text(l) => {
                    src.push('\n');
                    src.push_str(&l);
                    last = l;
                }
                Line::Interrupted => {
                    println!("KeyboardInterrupt");
                    cancelled = true;
                    break;
                }
                Line::Eof => break,
            }
        }
        if cancelled {
            continue;
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
        let _ = Value::None;
    }
}
