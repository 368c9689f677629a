//! Reproducers of failures an adversarial probe found (issue 9) whose
//! symptom was an abort, a hang or an exit status, so they are tested by
//! running the binary rather than as differential programs.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdout, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{run, text, upy};
use nix::sys::signal::{kill, Signal};
use nix::sys::stat::Mode;
use nix::unistd::{mkfifo, Pid};

#[test]
fn memory_error_traceback_has_only_its_own_frames() {
    // The preallocated MemoryError once kept the frames of every earlier
    // MemoryError.
    let code =
        "def f():\n    try:\n        x = bytearray(10**9)\n    except MemoryError:\n        pass\n\
                f()\nf()\ndef g():\n    x = bytearray(10**9)\ng()\n";
    let o = run(&["-c", code]);
    assert_eq!(o.status.code(), Some(1));
    let e = text(&o.stderr);
    assert_eq!(
        e,
        "Traceback (most recent call last):\n  File \"<stdin>\", line 10, in <module>\n  File \"<stdin>\", line 9, in g\nMemoryError\n"
    );
}

#[test]
fn start_up_leaves_the_heap_to_the_program() {
    let small = |code: &str| text(&run(&["-X", "heapsize=256K", "-c", code]).stdout);
    assert_eq!(
        small("import gc\nprint(gc.mem_alloc() < 4096, gc.mem_free() > 250000)"),
        "True True\n"
    );
    // A 64 KiB read loop fits a 256 KiB heap, as in MicroPython.
    assert_eq!(
        small("f = open('/dev/zero', 'rb')\nfor i in range(200):\n    b = f.read(65536)\nprint(len(b))"),
        "65536\n"
    );
}

/// A scratch directory for one test.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("upy-robust-{}-{}", name, std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn long_operator_chains_compile_and_run() {
    // 700,000 terms overflowed the compiler's stack (exit 134).
    let dir = scratch("chains");
    let cases = [
        ("add", " + 1", "1", 700_000, Some("700001")),
        ("mul", " * 1", "1", 700_000, None),
        ("or", " | 1", "1", 700_000, None),
        ("str", " + 'a'", "'a'", 700_000, None),
        // Each sum is a new string: quadratic, so a shorter chain runs.
        ("strrun", " + 'a'", "'a'", 20_000, Some("20001")),
    ];
    for (name, term, first, n, out) in cases {
        let path = dir.join(format!("{}.py", name));
        let src = format!(
            "x = {}{}\nprint(len(str(x)) if isinstance(x, str) else x)\n",
            first,
            term.repeat(n)
        );
        std::fs::write(&path, src).expect("write");
        let p = path.to_string_lossy();
        let o = run(&["-X", "compile-only", &p]);
        assert_eq!(o.status.code(), Some(0), "{}: {}", name, text(&o.stderr));
        if let Some(want) = out {
            let o = run(&["-X", "heapsize=64M", &p]);
            assert_eq!(
                text(&o.stdout),
                format!("{}\n", want),
                "{}: {}",
                name,
                text(&o.stderr)
            );
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nested_iterators_raise_recursion_error() {
    // 700,000 maps of maps overflowed the interpreter's stack.
    for wrap in ["map(abs, m)", "filter(None, m)", "zip(m)", "enumerate(m)"] {
        let code = format!(
            "m = [1]\nfor i in range(700000):\n    m = {}\ntry:\n    list(m)\nexcept RecursionError as e:\n    print('RecursionError:', e)\n",
            wrap
        );
        let o = run(&["-X", "heapsize=128M", "-c", &code]);
        assert_eq!(
            text(&o.stdout),
            "RecursionError: maximum recursion depth exceeded\n",
            "{}: {}",
            wrap,
            text(&o.stderr)
        );
    }
}

// ----- Ctrl-C during blocking waits (issue 9) -----

/// Wait for `child` to exit, at most `limit`; None if it is still running
/// then (it is killed).
fn wait_at_most(child: &mut Child, limit: Duration) -> Option<std::process::ExitStatus> {
    let start = Instant::now();
    loop {
        if let Ok(Some(st)) = child.try_wait() {
            return Some(st);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Read `child`'s stdout up to a line "ready" (the program's sign that
/// it is about to block).
fn wait_ready(out: &mut impl BufRead) {
    let mut line = String::new();
    out.read_line(&mut line).expect("read ready");
    assert_eq!(line, "ready\n");
}

/// Start `upy args` with `stdin`, stdout and stderr piped; its stdout.
fn spawn(args: &[&str], stdin: Stdio) -> (Child, BufReader<ChildStdout>) {
    let mut child = upy()
        .args(args)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let out = BufReader::new(child.stdout.take().expect("stdout"));
    (child, out)
}

/// All a child wrote on stderr.
fn stderr_of(child: &mut Child) -> String {
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        e.read_to_string(&mut err).expect("stderr");
    }
    err
}

/// A pipe: its read end for a child's stdin, its write end as a file.
fn pipe() -> (std::os::fd::OwnedFd, std::fs::File) {
    // Close-on-exec: a child spawned meanwhile by another test must not
    // hold the write end open.
    let (rx, tx) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).expect("pipe");
    (rx, std::fs::File::from(tx))
}

fn sigint(child: &Child) {
    kill(Pid::from_raw(child.id() as i32), Signal::SIGINT).expect("kill -INT");
}

/// Run `code`, wait until it printed "ready" and then some more (so it
/// blocks), send SIGINT: it must exit with status 1 and a
/// KeyboardInterrupt traceback within a second. `stdin` is kept open
/// meanwhile. Returns how long the exit took.
fn interrupt_blocked(code: &str, stdin: Stdio) -> Duration {
    let (mut child, mut out) = spawn(&["-c", code], stdin);
    wait_ready(&mut out);
    std::thread::sleep(Duration::from_millis(200));
    let sent = Instant::now();
    sigint(&child);
    let st = wait_at_most(&mut child, Duration::from_secs(5));
    let took = sent.elapsed();
    let st = st.unwrap_or_else(|| panic!("{:?}: still running 5 s after SIGINT", code));
    let err = stderr_of(&mut child);
    assert_eq!(st.code(), Some(1), "{:?}: {}", code, err);
    assert!(
        err.starts_with("Traceback (most recent call last):\n")
            && err.ends_with("\nKeyboardInterrupt\n"),
        "{:?}: {}",
        code,
        err
    );
    assert!(took < Duration::from_secs(1), "{:?}: took {:?}", code, took);
    took
}

#[test]
fn ctrl_c_ends_a_sleep_at_once() {
    for code in [
        "import time\nprint('ready', flush=True)\ntime.sleep(3600)",
        "import time\nprint('ready', flush=True)\ntime.sleep_ms(3600000)",
        "import time\nprint('ready', flush=True)\ntime.sleep_us(3600000000)",
    ] {
        interrupt_blocked(code, Stdio::null());
    }
}

#[test]
fn filesystem_types_need_a_class() {
    // `VfsFat.__new__(5, dev)` used to build an object whose class was
    // not a type, and the next look at it panicked.
    let code = "import vfs\n\
        d = vfs.RAMBlockDev(512, 64)\n\
        for t in [vfs.VfsFat, vfs.VfsLfs1, vfs.VfsLfs2, vfs.RAMBlockDev, vfs.VfsPosix]:\n    \
            for a in [(5, d), (None, 512, 64), (int, d), ()]:\n        \
                try:\n            t.__new__(*a)\n        \
                except TypeError as e:\n            print(e)\n";
    let out = run(&["-c", code]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let want: String = ["VfsFat", "VfsLfs1", "VfsLfs2", "RAMBlockDev", "VfsPosix"]
        .iter()
        .map(|t| {
            format!(
                "{t}.__new__(X): X is not a type object (int)\n\
                 {t}.__new__(X): X is not a type object (NoneType)\n\
                 {t}.__new__(int): int is not a subtype of {t}\n\
                 {t}.__new__(): not enough arguments\n"
            )
        })
        .collect();
    assert_eq!(text(&out.stdout), want);
}

#[test]
fn ctrl_c_ends_a_loop_in_native_code() {
    for code in [
        "print('ready', flush=True)\nsum(range(10**15))",
        "print('ready', flush=True)\nmax(range(10**15))",
        "print('ready', flush=True)\nany(x < 0 for x in range(10**15))",
        "a = []\nb = []\nfor i in range(40):\n    a = [a, a]\n    b = [b, b]\n\
         print('ready', flush=True)\na == b",
        "t = ()\nfor i in range(40):\n    t = (t, t)\nprint('ready', flush=True)\nhash(t)",
        // A catastrophic regular expression: the matcher's work is in
        // slices, after each of which it looks for Ctrl-C.
        "import re\nprint('ready', flush=True)\nre.match('(a*)*b', 'a' * 100)",
        "import re\nprint('ready', flush=True)\nre.sub('(x+x+)+y', '', 'x' * 100)",
    ] {
        interrupt_blocked(code, Stdio::null());
    }
}

#[test]
fn ctrl_c_ends_a_read_of_standard_input() {
    // stdin is a pipe the test keeps open and never writes to.
    for code in [
        "print('ready', flush=True)\ninput()",
        "import sys\nprint('ready', flush=True)\nsys.stdin.read()",
        "import sys\nprint('ready', flush=True)\nsys.stdin.readline()",
        "import sys\nprint('ready', flush=True)\nsys.stdin.buffer.read(10)",
    ] {
        let (rx, tx) = pipe();
        interrupt_blocked(code, Stdio::from(rx));
        drop(tx);
    }
}

#[test]
fn ctrl_c_ends_a_read_of_a_fifo() {
    // Reads of a FIFO (and of pipes and terminals opened by name) wait in
    // a way Ctrl-C ends; the test holds the FIFO open for writing.
    let dir = scratch("fifo");
    let fifo = dir.join("fifo");
    mkfifo(&fifo, Mode::S_IRUSR | Mode::S_IWUSR).expect("mkfifo");
    let _writer = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&fifo)
        .expect("open fifo");
    let path = fifo.to_string_lossy();
    for how in ["f.read()", "f.readline()", "f.read(5)"] {
        for mode in ["r", "rb"] {
            let code = format!(
                "f = open({:?}, {:?})\nprint('ready', flush=True)\n{}",
                path, mode, how
            );
            interrupt_blocked(&code, Stdio::null());
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn lines_of_a_fifo_are_read_as_they_arrive() {
    // readline() and iteration on a FIFO opened by name return each line
    // once it is there (they waited for 4 KiB or the end).
    let dir = scratch("fifo-lines");
    let fifo = dir.join("fifo");
    mkfifo(&fifo, Mode::S_IRUSR | Mode::S_IWUSR).expect("mkfifo");
    let mut writer = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&fifo)
        .expect("open fifo");
    for mode in ["r", "rb"] {
        let code = format!(
            "f = open({:?}, {:?})\nprint(repr(f.readline()), flush=True)\nfor l in f:\n    print(repr(l), flush=True)\n    if l.strip() == {}'end': break\n",
            fifo.to_string_lossy(),
            mode,
            if mode == "rb" { "b" } else { "" }
        );
        let (mut child, mut out) = spawn(&["-c", &code], Stdio::null());
        let b = if mode == "rb" { "b" } else { "" };
        for (sent, want) in [
            ("one\n", format!("{b}'one\\n'\n")),
            ("two\nend\n", format!("{b}'two\\n'\n")),
        ] {
            writer.write_all(sent.as_bytes()).expect("write");
            let mut line = String::new();
            out.read_line(&mut line).expect("read");
            assert_eq!(line, want);
        }
        let st = wait_at_most(&mut child, Duration::from_secs(5)).expect("exit");
        assert_eq!(st.code(), Some(0), "{}", stderr_of(&mut child));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ctrl_c_ends_a_write_to_a_full_pipe() {
    // Nobody reads stdout after "ready": the program blocks writing.
    let code = "print('ready', flush=True)\nwhile True:\n    print('x' * 1000)";
    interrupt_blocked(code, Stdio::null());
}

#[test]
fn keyboard_interrupt_caught_lets_the_program_go_on() {
    let code = "import sys, time\n\
        try:\n    print('ready', flush=True)\n    time.sleep(3600)\n\
        except KeyboardInterrupt:\n    print('caught sleep')\n\
        try:\n    print('ready', flush=True)\n    sys.stdin.readline()\n\
        except KeyboardInterrupt:\n    print('caught read')\n\
        print(repr(input()))\n";
    let (rx, mut tx) = pipe();
    let (mut child, mut out) = spawn(&["-c", code], Stdio::from(rx));
    for want in ["caught sleep\n", "caught read\n"] {
        wait_ready(&mut out);
        std::thread::sleep(Duration::from_millis(200));
        sigint(&child);
        let mut line = String::new();
        out.read_line(&mut line).expect("read");
        assert_eq!(line, want);
    }
    // Input that arrives later is read whole.
    tx.write_all(b"typed later\n").expect("write");
    drop(tx);
    let st = wait_at_most(&mut child, Duration::from_secs(5)).expect("exit");
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("read");
    assert_eq!(rest, "'typed later'\n");
    assert_eq!(st.code(), Some(0));
}

#[test]
fn ctrl_c_at_the_prompt_on_a_pipe() {
    // The REPL reading a line from a pipe: Ctrl-C shows KeyboardInterrupt
    // and the session goes on.
    let (rx, mut tx) = pipe();
    let (mut child, mut out) = spawn(&["-i", "-c", "print('ready')"], Stdio::from(rx));
    wait_ready(&mut out);
    std::thread::sleep(Duration::from_millis(300));
    sigint(&child);
    std::thread::sleep(Duration::from_millis(300));
    tx.write_all(b"print('after')\n").expect("write");
    drop(tx);
    let st = wait_at_most(&mut child, Duration::from_secs(5)).expect("exit");
    let mut rest = String::new();
    out.read_to_string(&mut rest).expect("read");
    assert_eq!(st.code(), Some(0), "{}", rest);
    assert!(
        rest.contains(">>> \nKeyboardInterrupt\n>>> print('after')\nafter\n"),
        "{}",
        rest
    );
}

// ----- errors writing standard output (issue 9) -----

/// `upy args` with stdout on /dev/full.
fn to_dev_full(args: &[&str]) -> Output {
    to_dev_full_with(args, None)
}

/// `to_dev_full` with PYTHONUNBUFFERED set to `unbuffered` (else unset).
fn to_dev_full_with(args: &[&str], unbuffered: Option<&str>) -> Output {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let mut cmd = upy();
    match unbuffered {
        Some(v) => cmd.env("PYTHONUNBUFFERED", v),
        None => cmd.env_remove("PYTHONUNBUFFERED"),
    };
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(full)
        .output()
        .expect("run")
}

/// What CPython prints when the output left at exit cannot be written.
const EXIT_FLUSH_FAILED: &str =
    "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n";

#[test]
fn unbuffered_output_that_cannot_be_written_fails_where_it_is_written() {
    // PYTHONUNBUFFERED set: as CPython then (and MicroPython always), the
    // print raises, status 1.
    let o = to_dev_full_with(&["-c", "print(1)"], Some("1"));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        text(&o.stderr),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nOSError: [Errno 28] No space left on device\n"
    );
}

#[test]
fn output_that_cannot_be_written_is_an_error() {
    // As CPython (whose stdout is buffered too when it is not a
    // terminal): the output left at exit fails, status 120.
    let o = to_dev_full(&["-c", "print(1)"]);
    assert_eq!(o.status.code(), Some(120));
    assert_eq!(
        text(&o.stderr),
        format!(
            "{}OSError: [Errno 28] No space left on device\n",
            EXIT_FLUSH_FAILED
        )
    );
    // A flush in the program raises OSError there; the output is kept, so
    // the exit flush fails again (as in CPython).
    let o = to_dev_full(&[
        "-c",
        "import sys\ntry:\n    print(1, flush=True)\nexcept OSError as e:\n    print(repr(e), file=sys.stderr)\n",
    ]);
    assert_eq!(o.status.code(), Some(120));
    assert_eq!(
        text(&o.stderr),
        format!(
            "OSError(28, 'No space left on device')\n{}OSError: [Errno 28] No space left on device\n",
            EXIT_FLUSH_FAILED
        )
    );
    // Output filling the buffer fails in the print that filled it: an
    // uncaught error, status 1; that output is dropped.
    let o = to_dev_full(&["-c", "for i in range(100000):\n    print(i)"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        text(&o.stderr),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nOSError: [Errno 28] No space left on device\n"
    );
    // sys.stdout.write and .flush() report too.
    let o = to_dev_full(&[
        "-c",
        "import sys\nsys.stdout.write('x')\ntry:\n    sys.stdout.flush()\nexcept OSError as e:\n    sys.stdout = None\n    sys.exit(e.errno)\n",
    ]);
    assert_eq!(o.status.code(), Some(28), "{}", text(&o.stderr));
}

#[test]
fn closed_pipe_on_stdout_is_broken_pipe_error() {
    // `upy ... | head -1`: SIGPIPE is ignored, the write fails with EPIPE.
    let run_head = |code: &str| {
        let (mut child, mut out) = spawn(&["-c", code], Stdio::null());
        let mut first = String::new();
        out.read_line(&mut first).expect("read");
        drop(out);
        let st = wait_at_most(&mut child, Duration::from_secs(10)).expect("exit");
        let err = stderr_of(&mut child);
        (first, st.code(), err)
    };
    let (first, code, err) = run_head("for i in range(100000):\n    print(i)");
    assert_eq!(first, "0\n");
    assert_eq!(code, Some(1));
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n"
    );
    // Caught, the program goes on (its later output fails at exit).
    let (_, code, err) = run_head(
        "import sys\ntry:\n    for i in range(100000):\n        print(i)\nexcept BrokenPipeError as e:\n    print('caught', e.errno, file=sys.stderr)\n    sys.exit(3)\n",
    );
    assert_eq!(code, Some(3));
    assert_eq!(err, "caught 32\n");
}

// ----- the interactive prompt (issue 9) -----

/// The REPL running on a pseudo-terminal, its output gathered by a
/// thread.
struct PtyRepl {
    child: Child,
    master: std::fs::File,
    out: Arc<Mutex<Vec<u8>>>,
}

impl PtyRepl {
    fn start() -> PtyRepl {
        let pty = nix::pty::openpty(None, None).expect("openpty");
        for fd in [&pty.master, &pty.slave] {
            // Not inherited by the children other tests spawn meanwhile.
            nix::fcntl::fcntl(
                fd,
                nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::FD_CLOEXEC),
            )
            .expect("cloexec");
        }
        let slave = pty.slave;
        let child = upy()
            .stdin(Stdio::from(slave.try_clone().expect("dup")))
            .stdout(Stdio::from(slave.try_clone().expect("dup")))
            .stderr(Stdio::from(slave))
            .spawn()
            .expect("spawn");
        let master = std::fs::File::from(pty.master);
        let mut reader = master.try_clone().expect("dup");
        let out = Arc::new(Mutex::new(Vec::new()));
        let sink = out.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().expect("lock").extend_from_slice(&buf[..n]);
            }
        });
        PtyRepl { child, master, out }
    }

    fn output(&self) -> String {
        text(&self.out.lock().expect("lock"))
    }

    /// Wait (at most 5 s) until the output holds `want`.
    fn expect(&self, want: &str) {
        let start = Instant::now();
        while !self.output().contains(want) {
            assert!(
                start.elapsed() < Duration::from_secs(5),
                "no {:?} in {:?}",
                want,
                self.output()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn type_in(&mut self, keys: &[u8]) {
        self.master.write_all(keys).expect("type");
    }
}

#[test]
fn repl_on_a_terminal_takes_every_line_typed() {
    let mut r = PtyRepl::start();
    r.expect(">>> ");
    let steps: [(&[u8], &str); 6] = [
        // Pasted at once, without bracketed paste: all three lines run.
        (b"a = 1\rb = 2\rprint(a+b)\r", "\r\n3\r\n"),
        // Typed ahead while a line runs.
        (b"import time; time.sleep(0.3)\rx = 6\rprint(x * 7)\r", "\r\n42\r\n"),
        // A byte that is not UTF-8 is refused as CPython refuses it; the
        // session goes on.
        (b"\xff\r", "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (b"print('after' + '!')\r", "\r\nafter!\r\n"),
        // Editing keys: left twice, then insert.
        (b"print(12)\x1b[D\x1b[D3\r", "\r\n132\r\n"),
        // Ctrl-C drops the line being typed.
        (b"print('dropped')\x03", "KeyboardInterrupt"),
    ];
    for (keys, want) in steps {
        r.type_in(keys);
        r.expect(want);
    }
    r.type_in(b"\x04");
    let st = wait_at_most(&mut r.child, Duration::from_secs(5)).expect("exit at Ctrl-D");
    assert_eq!(st.code(), Some(0), "{}", r.output());
    assert!(
        !r.output().contains("'dropped'\r\ndropped"),
        "{}",
        r.output()
    );
}

#[test]
fn repl_on_a_pipe_takes_every_line() {
    // input() in the program and the REPL after it share what was read.
    let input = b"first\nprint(x)\na = 1\nb = 2\nprint(a+b)\n\xff\nprint('after')\n";
    let o = common::piped_output(upy(), &["-i", "-c", "x = input()"], input);
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(
        out.contains(">>> print(x)\nfirst\n>>> a = 1\n>>> b = 2\n>>> print(a+b)\n3\n>>> \u{fffd}\n>>> print('after')\nafter\n>>> \n"),
        "{}",
        out
    );
    assert!(
        text(&o.stderr).contains("SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n"),
        "{}",
        text(&o.stderr)
    );
}
