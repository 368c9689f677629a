//! The `upy` command, modelled on MicroPython's unix port: run a file, a
//! `-c` string, a `-m` module, a script on stdin, or an interactive prompt.

mod cli;
mod repl;
mod run;

use std::process::ExitCode;

fn main() -> ExitCode {
    let opts = match cli::parse() {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("upy: {}", msg);
            eprintln!("{}", cli::USAGE);
            return ExitCode::from(2);
        }
    };
    ExitCode::from(run::main(opts) as u8)
}
