//! The step budget stops any program: Python loops and recursion (safe
//! points) and native loops over iterators alike, and keeps stopping it
//! when the program catches the first RuntimeError.

use upy_vm::vm::Vm;

mod common;

fn run(src: &str, steps: u64) -> String {
    let mut vm = Vm::new(1 << 20);
    vm.set_step_budget(steps);
    let m = vm.new_module("__main__").expect("module");
    vm.heap.make_permanent(m);
    let r = vm.run_module_source(m, src, "<test>");
    common::outcome(&mut vm, r)
}

#[test]
fn budget_stops_every_kind_of_loop() {
    let spent = "RuntimeError: step budget exhausted";
    assert_eq!(run("while True:\n    pass\n", 10_000), spent);
    let calls = "def f(n):\n    return f(n - 1) if n else 0\nfor i in range(10**9):\n    f(50)\n";
    assert_eq!(run(calls, 10_000), spent);
    assert_eq!(run("sum(range(10**15))\n", 10_000), spent);
    assert_eq!(run("list(map(abs, range(10**15)))\n", 10_000), spent);
    // Catching it does not help: the next step raises again.
    let src = "while True:\n    try:\n        while True:\n            pass\n    except RuntimeError:\n        pass\n";
    assert_eq!(run(src, 10_000), spent);
    // Native recursion over shared substructure: exponential in depth,
    // so each level is a step.
    let shared = "a = []\nb = []\nfor i in range(40):\n    a = [a, a]\n    b = [b, b]\n";
    assert_eq!(run(&format!("{shared}a == b\n"), 10_000), spent);
    assert_eq!(run(&format!("{shared}a < b\n"), 10_000), spent);
    let dicts =
        "a = {}\nb = {}\nfor i in range(40):\n    a = {1: a, 2: a}\n    b = {1: b, 2: b}\na == b\n";
    assert_eq!(run(dicts, 10_000), spent);
    let tuples = "t = ()\nfor i in range(40):\n    t = (t, t)\nhash(t)\n";
    assert_eq!(run(tuples, 10_000), spent);
    // Big-int work counts by its size: a hundred multiplications of
    // 500-word numbers take more than 1,000 steps, as does printing them.
    let big = "x = 3 ** 20000\nfor i in range(100):\n";
    assert_eq!(run(&format!("{big}    y = x * x\n"), 1_000), spent);
    assert_eq!(run(&format!("{big}    y = x // 7 ** 9000\n"), 1_000), spent);
    assert_eq!(run(&format!("{big}    y = str(x)\n"), 1_000), spent);
    assert_eq!(run("x = 3 ** 20000\ny = x * x\n", 10_000), "finished");
    assert_eq!(run("pow(3, 10 ** 3000, 7 ** 9000)\n", 10_000), spent);
    // round(int, -huge) is 0 without computing 10**huge.
    assert_eq!(
        run(
            "assert round(7, -2**31) == 0\nassert round(-10**50, -2**62) == 0\n",
            10_000
        ),
        "finished"
    );
    // A program within its budget finishes.
    assert_eq!(run("x = sum(range(100))\n", 10_000), "finished");
}
