//! Setting up the VM for a program (argv, path, `__main__`), running it,
//! and turning its outcome into an exit status.

use std::io::IsTerminal;
use std::os::unix::net::UnixStream;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock};

use upy_vm::value::{Gc, Value};
use upy_vm::vm::Vm;

use crate::cli::{Opts, Target};

/// Exit status when the program ended well but its output could not be
/// written at exit (CPython's).
const STATUS_FLUSH_FAILED: i32 = 120;

/// Ctrl-C sets a flag the VM checks at safe points, which raises
/// KeyboardInterrupt in the running program, and writes a byte to a
/// socket that blocking waits poll (`upy_vm::stdio`), so a sleep or a
/// read ends at once. The handlers are signal-hook's: they only store to
/// an atomic and write to a non-blocking socket, which is
/// async-signal-safe. They run in the order registered: flag first.
fn install_sigint(vm: &mut Vm) {
    static INTERRUPT: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    let flag = INTERRUPT
        .get_or_init(|| Arc::new(AtomicBool::new(false)))
        .clone();
    vm.interrupt = Some(flag.clone());
    let sig = signal_hook::consts::SIGINT;
    if signal_hook::flag::register(sig, flag).is_err() {
        return;
    }
    if let Ok((rx, tx)) = UnixStream::pair() {
        if tx.set_nonblocking(true).is_ok() && upy_vm::stdio::set_interrupt_wake(rx).is_ok() {
            let _ = signal_hook::low_level::pipe::register(sig, tx);
        }
    }
    // The main thread blocks SIGINT (main.rs) so the signal comes to this
    // one, where it also cuts short a write that is under way.
    let _ = nix::sys::signal::SigSet::from_iter([nix::sys::signal::SIGINT]).thread_unblock();
}

/// The default module search path after the script's directory.
fn default_path() -> Vec<String> {
    match std::env::var("MICROPYPATH") {
        Ok(p) => p.split(':').map(|s| s.to_string()).collect(),
        Err(_) => vec![
            ".frozen".into(),
            "~/.micropython/lib".into(),
            "/usr/lib/micropython".into(),
        ],
    }
}

/// Replace a list attribute of `sys` with the given strings.
fn set_sys_list(vm: &mut Vm, name: &str, items: &[String]) {
    let Some(sys) = vm.sys_module else { return };
    let mut vals = Vec::new();
    for s in items {
        if let Ok(v) = vm.new_str(s) {
            vm.roots.push(v);
            vals.push(v);
        }
    }
    if let Ok(l) = vm.new_list(vals) {
        let _ = vm.module_set(sys, name, l);
    }
    vm.roots.clear();
}

/// Create `__main__` and register it in `sys.modules`.
pub fn main_module(vm: &mut Vm) -> Gc {
    let m = vm
        .new_module("__main__")
        .expect("heap too small for __main__");
    vm.heap.make_permanent(m);
    if let Ok(k) = vm.new_str("__main__") {
        let md = vm.modules;
        let _ = upy_vm::objects::dict::dict_set(vm, md, k, Value::Obj(m));
    }
    let bk = vm.names.__builtins__;
    let b = Value::Obj(vm.builtins_module.unwrap_or(vm.builtins));
    if let Some(d) = vm.module_dict(m) {
        let _ = upy_vm::objects::dict::dict_set(vm, d, bk, b);
    }
    m
}

/// Print an uncaught exception (or act on SystemExit); returns the exit
/// status.
pub fn report(vm: &mut Vm, exc: Value) -> i32 {
    if vm.exc_matches(exc, vm.types.system_exit) {
        let args = upy_vm::objects::exception::exc_args(vm, exc);
        let code = args.first().copied().unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(n) => (n & 0xff) as i32,
            Value::Bool(b) => b as i32,
            v => {
                let s = vm.str_string(v).unwrap_or_default();
                vm.write_stderr(&format!("{}\n", s));
                1
            }
        };
    }
    let text = if vm.exc_matches(exc, vm.types.syntax_error) {
        let args = upy_vm::objects::exception::exc_args(vm, exc);
        let mut where_ = String::new();
        if let Some(&d) = args.get(1) {
            let items = upy_vm::objects::seq_ops::seq_items(vm, d);
            if items.len() >= 2 {
                let f = vm.as_str(items[0]).unwrap_or("?").to_string();
                let l = match items[1] {
                    Value::Int(n) => n,
                    _ => 0,
                };
                where_ = format!("  File \"{}\", line {}\n", f, l);
            }
        }
        let mut t = String::from("Traceback (most recent call last):\n");
        t.push_str(&where_);
        // MicroPython prints the bare message after the location.
        let name = vm.type_name(exc);
        let msg = args
            .first()
            .map(|m| vm.str_string(*m).unwrap_or_default())
            .unwrap_or_default();
        t.push_str(&format!("{}: {}\n", name, msg));
        t
    } else {
        upy_vm::traceback::format_exception(vm, exc)
    };
    vm.write_stderr(&text);
    1
}

fn read_source(path: &str) -> Result<String, std::io::Error> {
    Ok(source_text(&std::fs::read(path)?))
}

/// Program text from a file's bytes: a UTF-8 byte-order mark at the start
/// is dropped, as CPython does for files (not for strings given to exec).
fn source_text(b: &[u8]) -> String {
    let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
    String::from_utf8_lossy(b).into_owned()
}

/// Find `-m` module source on the path: `name.py` or `name/__main__.py`.
fn find_module(vm: &mut Vm, name: &str) -> Option<String> {
    let rel = name.replace('.', "/");
    let path = vm.sys_path().ok()?;
    for dir in path {
        let d = if dir.is_empty() { ".".to_string() } else { dir };
        for cand in [
            format!("{}/{}.py", d, rel),
            format!("{}/{}/__main__.py", d, rel),
        ] {
            if std::path::Path::new(&cand).is_file() {
                return Some(cand);
            }
        }
    }
    None
}

pub fn main(opts: Opts, stack: usize) -> i32 {
    let mut vm = Vm::new(opts.heap);
    vm.set_stack_size(stack - 64 * 1024);
    vm.uncharged(upy_modules::register);
    // Testing aid: collect at every safe point to expose missing GC roots.
    // `UPY_GC_STRESS=alloc` (or `alloc:N`, every Nth) also collects at
    // allocations, between safe points, as an allocation that does not
    // fit does.
    if let Some(v) = std::env::var_os("UPY_GC_STRESS") {
        vm.heap.stress = true;
        let v = v.to_string_lossy();
        if let Some(rest) = v.strip_prefix("alloc") {
            vm.heap.stress_alloc = true;
            if let Some(n) = rest.strip_prefix(':').and_then(|n| n.parse().ok()) {
                vm.heap.stress_period = n;
            }
        }
    }
    vm.optimize = opts.optimize;
    vm.verbose = opts.verbose;
    // As CPython's PYTHONUNBUFFERED (and MicroPython, which never buffers
    // stdout): each write reaches the descriptor at once, so an error
    // writing output is raised where the program wrote.
    if std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty()) {
        vm.unbuffered = true;
    }
    install_sigint(&mut vm);
    let (argv0, path0) = match &opts.target {
        Target::File(f) => {
            let dir = std::path::Path::new(f)
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            (f.clone(), dir)
        }
        Target::Command(_) => ("-c".to_string(), String::new()),
        Target::Module(m) => (m.clone(), String::new()),
        Target::Stdin { dash } => (if *dash { "-" } else { "" }.to_string(), String::new()),
    };
    let mut argv = vec![argv0];
    argv.extend(opts.args.iter().cloned());
    let mut path = vec![path0];
    path.extend(default_path());
    vm.argv = argv.clone();
    vm.path = path.clone();
    set_sys_list(&mut vm, "argv", &argv);
    set_sys_list(&mut vm, "path", &path);
    let main = main_module(&mut vm);

    let (src, filename) = match &opts.target {
        Target::File(f) => match read_source(f) {
            Ok(s) => (s, f.clone()),
            Err(e) => {
                let errno = e.raw_os_error().unwrap_or(2);
                let msg = std::io::Error::from_raw_os_error(errno).to_string();
                let msg = msg.split(" (os error").next().unwrap_or("").to_string();
                eprintln!("upy: can't open file '{}': [Errno {}] {}", f, errno, msg);
                return 2;
            }
        },
        Target::Command(c) => (c.clone(), "<stdin>".to_string()),
        Target::Module(m) => match find_module(&mut vm, m) {
            Some(p) => match read_source(&p) {
                Ok(s) => (s, p),
                Err(_) => {
                    eprintln!("upy: can't open module '{}'", m);
                    return 1;
                }
            },
            None => {
                // A builtin module run as a script does nothing more.
                let t = vm.types.module_not_found_error;
                let e = vm.new_exc(t, &format!("No module named '{}'", m));
                if vm.import_module(m).is_ok() {
                    return 0;
                }
                return report(&mut vm, e);
            }
        },
        Target::Stdin { .. } => {
            if std::io::stdin().is_terminal() {
                let code = crate::repl::run(&mut vm, main);
                return finish(&mut vm, code);
            }
            match upy_vm::stdio::read_stdin(&mut vm, false, None, false) {
                Ok(b) => (source_text(&b), "<stdin>".to_string()),
                Err(e) => return report(&mut vm, e),
            }
        }
    };
    if matches!(opts.target, Target::File(_) | Target::Module(_)) {
        if let Ok(f) = vm.new_str(&filename) {
            let _ = vm.module_set(main, "__file__", f);
        }
    }
    if opts.compile_only {
        let o = upy_compiler::Options {
            optimize: vm.optimize,
        };
        return match upy_compiler::compile_source(&src, &filename, upy_compiler::Mode::Exec, o) {
            Ok(_) => 0,
            Err(e) => {
                let exc = upy_vm::builtins::syntax_error_value(&mut vm, &e, &filename, &src);
                report(&mut vm, exc)
            }
        };
    }
    let r = vm.run_module_source(main, &src, &filename);
    let mut code = match r {
        Ok(_) => 0,
        Err(e) => report(&mut vm, e),
    };
    if opts.inspect && code == 0 {
        code = crate::repl::run(&mut vm, main);
    }
    finish(&mut vm, code)
}

/// Run the finalisers, write what output is left and give the exit
/// status: as CPython, output that cannot be written at exit is reported
/// on stderr and makes a successful run exit with status 120.
fn finish(vm: &mut Vm, code: i32) -> i32 {
    vm.finalize_at_exit();
    match upy_vm::stdio::flush_stdout_at_exit(vm) {
        Some(msg) => {
            vm.write_stderr(&msg);
            if code == 0 {
                STATUS_FLUSH_FAILED
            } else {
                code
            }
        }
        None => code,
    }
}
