//! Command-line parsing (`lexopt`), following MicroPython's unix port.

use std::ffi::OsString;

pub const USAGE: &str =
    "usage: upy [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename> | -] [args...]
Options:
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-O[N] : apply bytecode optimizations of level N
-v : verbose (trace various operations); can be multiple
-c <command> : program passed in as string
-m <module> : run library module as a script
- : program read from standard input (the default)
--version : print version and exit
Implementation specific options (-X):
  compile-only : parse and compile the script but do not run it
  heapsize=<n>[K|M|G] : set the heap budget (default 8M)";

/// What to run.
#[derive(Debug, Clone)]
pub enum Target {
    File(String),
    Command(String),
    Module(String),
    /// No program: the REPL, or a script on stdin when it is not a
    /// terminal. `dash`: named as `-` (CPython's spelling; `sys.argv[0]`
    /// is then `'-'`, else `''`).
    Stdin {
        dash: bool,
    },
}

#[derive(Debug, Clone)]
pub struct Opts {
    pub target: Target,
    pub args: Vec<String>,
    pub inspect: bool,
    pub optimize: u8,
    pub verbose: u8,
    pub heap: usize,
    pub compile_only: bool,
}

/// Parse a heap size such as `512K` or `2M`.
pub fn parse_size(s: &str) -> Option<usize> {
    let (num, mul) = match s.chars().last()? {
        'k' | 'K' => (&s[..s.len() - 1], 1024),
        'm' | 'M' => (&s[..s.len() - 1], 1024 * 1024),
        'g' | 'G' => (&s[..s.len() - 1], 1024 * 1024 * 1024),
        _ => (s, 1),
    };
    num.parse::<usize>().ok()?.checked_mul(mul)
}

fn os(s: OsString) -> String {
    s.to_string_lossy().into_owned()
}

pub fn parse() -> Result<Opts, String> {
    use lexopt::prelude::*;
    let mut o = Opts {
        target: Target::Stdin { dash: false },
        args: Vec::new(),
        inspect: false,
        optimize: 0,
        verbose: 0,
        heap: upy_vm::vm::DEFAULT_HEAP,
        compile_only: false,
    };
    let mut p = lexopt::Parser::from_env();
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Short('h') | Long("help") => {
                println!("{}", USAGE);
                std::process::exit(0);
            }
            Long("version") => {
                println!(
                    "upy {} (MicroPython-compatible, Python 3)",
                    env!("CARGO_PKG_VERSION")
                );
                std::process::exit(0);
            }
            Short('i') => o.inspect = true,
            Short('v') => o.verbose += 1,
            Short('O') => {
                // -O, -OO, -O3: count the O's or take the number.
                match p.optional_value() {
                    Some(v) => {
                        let v = os(v);
                        if let Ok(n) = v.parse::<u8>() {
                            o.optimize = n;
                        } else if v.chars().all(|c| c == 'O') {
                            o.optimize = 1 + v.len() as u8;
                        } else {
                            return Err(format!("invalid optimisation level '{}'", v));
                        }
                    }
                    None => o.optimize += 1,
                }
            }
            Short('X') => {
                let v = os(p.value().map_err(|e| e.to_string())?);
                if v == "compile-only" {
                    o.compile_only = true;
                } else if let Some(h) = v.strip_prefix("heapsize=") {
                    o.heap = parse_size(h).ok_or_else(|| format!("invalid heap size '{}'", h))?;
                } else {
                    return Err(format!("unknown implementation option '{}'", v));
                }
            }
            Short('c') => {
                o.target = Target::Command(os(p.value().map_err(|e| e.to_string())?));
                o.args = p.raw_args().map_err(|e| e.to_string())?.map(os).collect();
                break;
            }
            Short('m') => {
                o.target = Target::Module(os(p.value().map_err(|e| e.to_string())?));
                o.args = p.raw_args().map_err(|e| e.to_string())?.map(os).collect();
                break;
            }
            Value(v) => {
                o.target = if v == "-" {
                    Target::Stdin { dash: true }
                } else {
                    Target::File(os(v))
                };
                o.args = p.raw_args().map_err(|e| e.to_string())?.map(os).collect();
                break;
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn heap_sizes() {
        assert_eq!(parse_size("2M"), Some(2 * 1024 * 1024));
        assert_eq!(parse_size("512k"), Some(512 * 1024));
        assert_eq!(parse_size("1000"), Some(1000));
        assert_eq!(parse_size("x"), None);
        assert_eq!(parse_size(""), None);
    }
}
