//! `re` under the limits for untrusted code: a catastrophic pattern is
//! stopped by the step budget, a backtracking stack that outgrows the
//! heap budget raises MemoryError, and nesting too deep for the parser
//! raises RecursionError, on a small native stack.

use upy_vm::vm::Vm;

mod common;

/// Run `src` with `re` importable, in a heap of `heap` bytes and a
/// budget of `steps`, on a 2 MiB thread; the last line of the
/// traceback, or "finished".
fn run(src: &str, heap: usize, steps: u64) -> String {
    let src = src.to_string();
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let mut vm = Vm::new(heap);
            vm.set_stack_size(1 << 20);
            vm.uncharged(upy_modules::register);
            vm.set_step_budget(steps);
            let m = vm.new_module("__main__").expect("module");
            vm.heap.make_permanent(m);
            let r = vm.run_module_source(m, &src, "<test>");
            common::outcome(&mut vm, r)
        })
        .expect("thread")
        .join()
        .expect("no panic")
}

#[test]
fn catastrophic_patterns_spend_the_step_budget() {
    let spent = "RuntimeError: step budget exhausted";
    for src in [
        "import re\nre.match('(a*)*b', 'a' * 40)\n",
        "import re\nre.search('(x+x+)+y', 'x' * 60)\n",
        "import re\nre.findall('(?:(?:a*)*)*b', 'a' * 30)\n",
        "import re\nre.sub('(a|aa)+c', '', 'a' * 50)\n",
        "import re\nre.split('(a+)+b', 'a' * 50)\n",
        // Catching the error does not let the program go on matching.
        "import re\nwhile True:\n    try:\n        re.match('(a*)*b', 'a' * 40)\n    except RuntimeError:\n        pass\n",
    ] {
        assert_eq!(run(src, 4 << 20, 100_000), spent, "{src}");
    }
    // Within the budget, a match finishes.
    assert_eq!(
        run(
            "import re\nassert re.match('(a*)*b', 'a' * 10 + 'b')\n",
            4 << 20,
            100_000
        ),
        "finished"
    );
}

#[test]
fn a_deep_backtracking_stack_is_a_memory_error() {
    // Each iteration of a group with alternatives leaves choice points.
    let src = "import re\ns = 'ab' * 200000\nre.match('(?:a|b)*c', s)\n";
    assert_eq!(run(src, 2 << 20, u64::MAX / 2), "MemoryError");
    // The heap is usable again afterwards.
    let src = "import re\ns = 'ab' * 200000\ntry:\n    re.match('(?:a|b)*c', s)\nexcept MemoryError:\n    pass\nassert re.match('(?:a|b)*', 'ab' * 1000).end() == 2000\n";
    assert_eq!(run(src, 2 << 20, u64::MAX / 2), "finished");
}

#[test]
fn deep_patterns_raise_instead_of_overflowing() {
    for n in [600, 5_000, 50_000] {
        let src = format!("import re\nre.compile('(' * {n} + ')' * {n})\n");
        assert_eq!(
            run(&src, 16 << 20, u64::MAX / 2),
            "RecursionError: maximum recursion depth exceeded"
        );
    }
    // A higher recursion limit does not take the parser past its own
    // bound, which a small native stack holds.
    let src = "import re, sys\nsys.setrecursionlimit(10 ** 6)\nre.compile('(?:(a)|b' * 990 + ')' * 990)\nre.compile('(' * 5000 + ')' * 5000)\n";
    assert_eq!(
        run(src, 64 << 20, u64::MAX / 2),
        "RecursionError: maximum recursion depth exceeded"
    );
    // Long but flat patterns compile and match whatever their size.
    let src = "import re\nassert re.match('a' * 50000 + '|b', 'a' * 50000)\nassert re.match('(?:a|b)' * 20000, 'ab' * 10000)\n";
    assert_eq!(run(src, 64 << 20, u64::MAX / 2), "finished");
}
