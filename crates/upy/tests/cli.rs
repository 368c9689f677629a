//! The `upy` command line: exit statuses, argv, error output, stdin
//! scripts, module search, heap size, compile-only, and Ctrl-C.

mod common;

use common::{piped, run, text, upy};
use std::process::{Command, Stdio};
use std::time::Duration;

#[test]
fn command_and_argv() {
    let o = run(&["-c", "import sys; print(sys.argv)", "a", "b"]);
    assert_eq!(text(&o.stdout), "['-c', 'a', 'b']\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn missing_file_exits_2() {
    let o = run(&["/nonexistent/prog.py"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("can't open file '/nonexistent/prog.py': [Errno 2]"));
}

#[test]
fn uncaught_exception_prints_traceback_and_exits_1() {
    let o = run(&["-c", "def f():\n    1/0\nf()"]);
    assert_eq!(o.status.code(), Some(1));
    let e = text(&o.stderr);
    assert!(
        e.starts_with("Traceback (most recent call last):\n"),
        "{}",
        e
    );
    assert!(e.contains("line 2, in f"), "{}", e);
    assert!(
        e.ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        e
    );
}

#[test]
fn system_exit_codes() {
    assert_eq!(
        run(&["-c", "import sys; sys.exit(3)"]).status.code(),
        Some(3)
    );
    assert_eq!(run(&["-c", "raise SystemExit"]).status.code(), Some(0));
    let o = run(&["-c", "raise SystemExit('bye')"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(text(&o.stderr), "bye\n");
}

#[test]
fn syntax_error_names_file_and_line() {
    let o = run(&["-c", "x = 1\nx = = 2"]);
    assert_eq!(o.status.code(), Some(1));
    let e = text(&o.stderr);
    assert!(e.contains("line 2"), "{}", e);
    assert!(e.contains("SyntaxError: invalid syntax"), "{}", e);
}

#[test]
fn compile_only_does_not_run() {
    let o = run(&["-X", "compile-only", "-c", "print('ran')"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(text(&o.stdout), "");
    let bad = run(&["-X", "compile-only", "-c", "def ("]);
    assert_eq!(bad.status.code(), Some(1));
}

#[test]
fn small_heap_raises_memory_error() {
    let o = run(&["-X", "heapsize=256K", "-c", "x = [0] * 1000000"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("MemoryError"));
    let bad = run(&["-X", "heapsize=lots", "-c", "pass"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn script_from_stdin() {
    assert_eq!(piped(upy(), &[], b"print(6 * 7)\n"), "42\n");
}

#[test]
fn module_search_path() {
    let dir = std::env::temp_dir().join(format!("upy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("helper_mod.py"), "VALUE = 'found'\n").expect("write");
    let o = upy()
        .env("MICROPYPATH", dir.to_string_lossy().as_ref())
        .args(["-c", "import helper_mod; print(helper_mod.VALUE)"])
        .output()
        .expect("run");
    assert_eq!(text(&o.stdout), "found\n");
    let o = upy()
        .current_dir(&dir)
        .env("MICROPYPATH", "")
        .args(["-m", "helper_mod"])
        .output()
        .expect("run");
    assert_eq!(o.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn version_and_help() {
    let o = run(&["--version"]);
    assert!(text(&o.stdout).starts_with("upy "));
    let o = run(&["-h"]);
    assert!(text(&o.stdout).contains("heapsize"));
}

/// Ctrl-C in a busy loop (the VM's safe points; waits are in robust.rs).
#[test]
fn ctrl_c_raises_keyboard_interrupt() {
    let child = upy()
        .args([
            "-c",
            "import sys\nprint('ready', flush=True)\nwhile True:\n    pass",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    std::thread::sleep(Duration::from_millis(500));
    let pid = child.id().to_string();
    let k = Command::new("kill")
        .args(["-INT", &pid])
        .status()
        .expect("kill");
    assert!(k.success());
    let o = child.wait_with_output().expect("wait");
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("KeyboardInterrupt"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn gc_stress_mode_runs_programs() {
    let o = upy()
        .env("UPY_GC_STRESS", "1")
        .args(["-c", "d = {}\nfor i in range(300):\n    d[str(i)] = [i] * 3\nprint(sum(len(v) for v in d.values()))"])
        .output()
        .expect("run");
    assert_eq!(text(&o.stdout), "900\n");
}

#[test]
fn file_bigger_than_heap_is_streamed() {
    // 12 MiB written, copied and compared in 4 KiB chunks with a heap of
    // 256 KiB: file I/O keeps memory flat.
    let dir = std::env::temp_dir().join(format!("upy-cli-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/io/big_file_copy.py"
    );
    let o = upy()
        .args(["-X", "heapsize=256K", script])
        .current_dir(&dir)
        .output()
        .expect("run");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(text(&o.stdout), "12582912\n12582912 12582912\nTrue b''\n");
}

#[test]
fn repl_reads_dupterm_input() {
    // Lines from an os.dupterm stream are REPL input (echoed after the
    // prompt); stdin is empty, so the session then ends.
    let dir = std::env::temp_dir().join(format!("upy-cli-dupterm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let script = dir.join("keys.py");
    std::fs::write(
        &script,
        "import io, os\n\
         class Keys(io.IOBase):\n\
         \x20   def __init__(self, data):\n\
         \x20       self.data = bytearray(data)\n\
         \x20   def write(self, b):\n\
         \x20       return len(b)\n\
         \x20   def readinto(self, buf):\n\
         \x20       if not self.data:\n\
         \x20           return None\n\
         \x20       buf[0] = self.data.pop(0)\n\
         \x20       return 1\n\
         os.dupterm(Keys(b'x = 6 * 7\\rprint(x)\\r'))\n",
    )
    .expect("write script");
    let o = upy()
        .arg("-i")
        .arg(&script)
        .stdin(Stdio::null())
        .output()
        .expect("run");
    let _ = std::fs::remove_dir_all(&dir);
    let out = text(&o.stdout);
    assert!(out.contains(">>> x = 6 * 7\n>>> print(x)\n42\n"), "{}", out);
    assert_eq!(o.status.code(), Some(0));
}

/// Run `code` with `input` on standard input; its standard output.
fn with_stdin(cmd: Command, code: &str, input: &[u8]) -> String {
    piped(cmd, &["-c", code], input)
}

#[test]
fn stdin_reads_match_cpython() {
    // sys.stdin counts characters (a multi-byte one is read whole),
    // honours readline's limit, iterates by line; .buffer gives bytes.
    let code = "import sys\n\
        print(ascii(sys.stdin.read(1)), ascii(sys.stdin.read(2)))\n\
        print(repr(sys.stdin.readline(2)), repr(sys.stdin.readline()))\n\
        print(sys.stdin.readlines(1))\n\
        for l in sys.stdin:\n    print(repr(l))\n    if l.startswith('l4'): break\n\
        print(repr(sys.stdin.read()), sys.stdin.readable(), sys.stdout.writable())\n\
        print(sys.stdin.name, sys.stdin.mode, sys.stdout.buffer.mode, sys.stderr.closed)\n";
    let input = "\u{20ac}x\nabcdef\nl2\nl3\nl4\n\u{e9}\u{e9}\u{e9}z\ntail\u{20ac}\n".as_bytes();
    let want = with_stdin(Command::new("python3"), code, input);
    assert!(want.contains("l4"), "python3 output: {}", want);
    assert_eq!(with_stdin(upy(), code, input), want);
    // The binary stream on its own (CPython's text layer would have read
    // ahead, so the two are not mixed here).
    let code = "import sys\n\
        b = sys.stdin.buffer\n\
        print(b.read(3), b.readline(), b.readline(2), list(b), b.read())\n";
    let want = with_stdin(Command::new("python3"), code, input);
    assert_eq!(with_stdin(upy(), code, input), want);
}

#[test]
fn flash_image_files_left_open_are_written_at_exit() {
    // A file on littlefs keeps writes pending until closed; one left open
    // is closed at exit, so a flash image holds its data afterwards.
    let dir = std::env::temp_dir().join(format!("upy-cli-flash-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    let img = dir.join("flash.img");
    let img = img.to_string_lossy();
    let write = format!(
        "import vfs\n\
         d = vfs.FileBlockDev({img:?}, 512, 64)\n\
         vfs.VfsLfs2.mkfs(d)\n\
         fs = vfs.VfsLfs2(d)\n\
         f = fs.open('/kept.txt', 'w')\n\
         f.write('written at exit')\n"
    );
    let o = run(&["-c", &write]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let read = format!(
        "import vfs\n\
         fs = vfs.VfsLfs2(vfs.FileBlockDev({img:?}, 512))\n\
         print(fs.open('/kept.txt').read())\n"
    );
    let o = run(&["-c", &read]);
    assert_eq!(text(&o.stdout), "written at exit\n", "{}", text(&o.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn byte_order_mark_starting_a_file_is_ignored() {
    // As CPython: a UTF-8 BOM starting source bytes (a script, a module,
    // bytes given to exec, a program on stdin) is dropped; in a str given
    // to exec it is an error.
    let dir = std::env::temp_dir().join(format!("upy-cli-bom-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("bommod.py"), b"\xef\xbb\xbfx = 'module'\n").expect("write");
    let main = dir.join("main.py");
    std::fs::write(
        &main,
        b"\xef\xbb\xbfimport bommod\n\
          print('main', bommod.x)\n\
          exec(b'\\xef\\xbb\\xbfprint(\"exec bytes\")')\n\
          exec(open(bommod.__file__, 'rb').read())\n\
          print(x)\n\
          try:\n    exec('\\ufeffprint(1)')\nexcept SyntaxError:\n    print('str refused')\n",
    )
    .expect("write");
    let o = run(&[&main.to_string_lossy()]);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert_eq!(
        text(&o.stdout),
        "main module\nexec bytes\nmodule\nstr refused\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
    let out = piped(upy(), &[], b"\xef\xbb\xbfprint('stdin')\n");
    assert_eq!(out, "stdin\n");
}

#[test]
fn dash_reads_the_program_from_stdin() {
    // As CPython: `-` names standard input; what follows is sys.argv.
    let code = b"import sys\nprint(sys.argv)\n";
    assert_eq!(piped(upy(), &["-", "a", "-c"], code), "['-', 'a', '-c']\n");
    assert_eq!(piped(upy(), &[], code), "['']\n");
    assert_eq!(
        piped(upy(), &["-O", "-"], b"assert False\nprint('ok')\n"),
        "ok\n"
    );
}
