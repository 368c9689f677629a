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
