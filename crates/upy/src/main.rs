//! The `upy` command, modelled on MicroPython's unix port: run a file, a
//! `-c` string, a `-m` module, a script on stdin, or an interactive prompt.

mod cli;
mod line_editor;
mod repl;
mod run;

use std::process::ExitCode;

/// Every object is a heap allocation of its own: mimalloc makes them
/// cheaper than the system allocator (measured in bench/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let opts = match cli::parse() {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("upy: {}", msg);
            eprintln!("{}", cli::USAGE);
            return ExitCode::from(2);
        }
    };
    // The interpreter runs on a thread with a large stack: Python-to-Python
    // calls do not use it, but native code re-entering Python does, and the
    // VM turns exhaustion into RecursionError using the size given here.
    const STACK: usize = 256 * 1024 * 1024;
    // SIGINT goes to the interpreter thread (which unblocks it once its
    // handler is in place), never to this one, so it interrupts the
    // interpreter's system calls.
    let _ = nix::sys::signal::SigSet::from_iter([nix::sys::signal::SIGINT]).thread_block();
    let child = std::thread::Builder::new()
        .name("upy".into())
        .stack_size(STACK)
        .spawn(move || run::main(opts, STACK));
    match child.map(|c| c.join()) {
        Ok(Ok(code)) => ExitCode::from(code as u8),
        // A Rust panic in the interpreter: the status Rust gives panics.
        _ => ExitCode::from(101),
    }
}
