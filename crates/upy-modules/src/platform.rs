//! The `platform` module as MicroPython has it: `platform()`,
//! `python_compiler()` and `libc_ver()`, describing the host upy runs on.

use upy_vm::native::{Args, Native};
use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;
use upy_vm::PyResult;

use crate::util;

/// The implementation version MicroPython's string carries (upy reports
/// MicroPython 1.23 in `sys.implementation`).
const VERSION: &str = "1.23.0";

fn system() -> &'static str {
    match std::env::consts::OS {
        "linux" => "Linux",
        "freebsd" => "FreeBSD",
        "macos" => "Darwin",
        "windows" => "Windows",
        _ => "Unix",
    }
}

/// The C library's name and version. glibc prints its version when run
/// as a program; the library is found among the process's mappings.
fn libc() -> (&'static str, String) {
    if !cfg!(target_env = "gnu") {
        return ("", String::new());
    }
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap_or_default();
    let path = maps
        .lines()
        .filter_map(|l| l.split_whitespace().nth(5))
        .find(|p| {
            p.rsplit('/')
                .next()
                .is_some_and(|f| f.starts_with("libc.so"))
        });
    let version = path
        .and_then(|p| std::process::Command::new(p).output().ok())
        .and_then(|o| {
            let text = String::from_utf8_lossy(&o.stdout).into_owned();
            let at = text.find("version ")? + "version ".len();
            let v: String = text[at..]
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            Some(v.trim_end_matches('.').to_string())
        })
        .unwrap_or_default();
    ("glibc", version)
}

fn p_platform(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let (lib, ver) = libc();
    let s = format!(
        "{}-{}-{}--with-{}{}",
        system(),
        VERSION,
        std::env::consts::ARCH,
        lib,
        ver
    );
    vm.new_string(s)
}

fn p_python_compiler(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    vm.new_str("rustc")
}

fn p_libc_ver(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let (lib, ver) = libc();
    let lib = vm.new_str(lib)?;
    vm.roots.push(lib);
    let ver = vm.new_string(ver)?;
    vm.new_tuple(vec![lib, ver])
}

const FUNCTIONS: &[Native] = &[
    // MicroPython's takes (and ignores) CPython's keyword arguments.
    Native::new("platform(**kwargs)", p_platform),
    Native::new("python_compiler()", p_python_compiler),
    Native::new("libc_ver(**kwargs)", p_libc_ver),
];

/// Build the module.
pub fn init(vm: &mut Vm) -> PyResult<Gc> {
    util::declared_module(vm, "platform", FUNCTIONS)
}
