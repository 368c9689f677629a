//! Reproducers of failures an adversarial probe found (issue 9) whose
//! symptom was an abort, a hang or an exit status, so they are tested by
//! running the binary rather than as differential programs.

mod common;

use common::{run, text};

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
