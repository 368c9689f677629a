//! Differential checks of the front end against CPython's: every program in
//! the test and benchmark suites (all valid Python 3.11) must compile, and
//! programs CPython rejects must be rejected with the same exception kind.

use std::path::{Path, PathBuf};

use upy_compiler::{compile_source, Mode, Options};
use upy_syntax::ErrorKind;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            python_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

#[test]
fn every_suite_program_compiles() {
    let root = repo_root();
    let mut files = Vec::new();
    python_files(&root.join("tests"), &mut files);
    python_files(&root.join("bench"), &mut files);
    assert!(
        files.len() > 50,
        "expected the test corpus, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        if let Err(e) = compile_source(
            &src,
            &f.display().to_string(),
            Mode::Exec,
            Options::default(),
        ) {
            failures.push(format!("{}: line {}: {}", f.display(), e.line, e.msg));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files failed to compile:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

/// (source, expected kind, expected message prefix) for programs CPython
/// 3.11 rejects at compile time.
const REJECTED: &[(&str, ErrorKind, &str)] = &[
    ("x = (1,", ErrorKind::Syntax, ""),
    ("def f(:\n  pass", ErrorKind::Syntax, ""),
    ("if x\n  pass", ErrorKind::Syntax, "expected ':'"),
    ("  x = 1", ErrorKind::Indentation, "unexpected indent"),
    (
        "if x:\npass",
        ErrorKind::Indentation,
        "expected an indented block",
    ),
    (
        "if x:\n    a\n  b",
        ErrorKind::Indentation,
        "unindent does not match",
    ),
    ("return 1", ErrorKind::Syntax, "'return' outside function"),
    ("break", ErrorKind::Syntax, "'break' outside loop"),
    (
        "continue",
        ErrorKind::Syntax,
        "'continue' not properly in loop",
    ),
    ("yield 1", ErrorKind::Syntax, "'yield' outside function"),
    (
        "f() = 1",
        ErrorKind::Syntax,
        "cannot assign to function call",
    ),
    ("1 = x", ErrorKind::Syntax, "cannot assign to literal"),
    ("del f()", ErrorKind::Syntax, "cannot delete function call"),
    (
        "f(x=1, x=2)",
        ErrorKind::Syntax,
        "keyword argument repeated",
    ),
    (
        "f(x=1, 2)",
        ErrorKind::Syntax,
        "positional argument follows keyword argument",
    ),
    (
        "def f(a=1, b): pass",
        ErrorKind::Syntax,
        "non-default argument follows default argument",
    ),
    (
        "def f(a, a): pass",
        ErrorKind::Syntax,
        "duplicate argument 'a'",
    ),
    (
        "def f(*): pass",
        ErrorKind::Syntax,
        "named arguments must follow bare *",
    ),
    (
        "nonlocal x",
        ErrorKind::Syntax,
        "nonlocal declaration not allowed at module level",
    ),
    (
        "def f():\n  nonlocal x",
        ErrorKind::Syntax,
        "no binding for nonlocal 'x' found",
    ),
    (
        "def f(a):\n  global a",
        ErrorKind::Syntax,
        "name 'a' is parameter and global",
    ),
    ("x = 'abc", ErrorKind::Syntax, "unterminated string literal"),
    (
        "x = '''abc",
        ErrorKind::Syntax,
        "unterminated triple-quoted string literal",
    ),
    ("x = 012", ErrorKind::Syntax, "leading zeros"),
    ("x = 0x", ErrorKind::Syntax, "invalid hexadecimal literal"),
    (
        "x = b'\u{e9}'",
        ErrorKind::Syntax,
        "bytes can only contain ASCII",
    ),
    (
        "x = 'a' b'b'",
        ErrorKind::Syntax,
        "cannot mix bytes and nonbytes literals",
    ),
    (
        "x = f'{}'",
        ErrorKind::Syntax,
        "f-string: empty expression not allowed",
    ),
    ("x = f'{a'", ErrorKind::Syntax, "f-string: expecting '}'"),
    (
        "x = f'}'",
        ErrorKind::Syntax,
        "f-string: single '}' is not allowed",
    ),
    (
        "a, *b, *c = x",
        ErrorKind::Syntax,
        "multiple starred expressions",
    ),
    (
        "*a = x",
        ErrorKind::Syntax,
        "starred assignment target must be in a list or tuple",
    ),
    (
        "try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass",
        ErrorKind::Syntax,
        "default 'except:' must be last",
    ),
    (
        "try:\n  pass\n",
        ErrorKind::Syntax,
        "expected 'except' or 'finally' block",
    ),
    ("def f():\n  import *", ErrorKind::Syntax, ""),
    ("x = )", ErrorKind::Syntax, "unmatched ')'"),
    (
        "x = (]",
        ErrorKind::Syntax,
        "closing parenthesis ']' does not match opening parenthesis '('",
    ),
    ("await x", ErrorKind::Syntax, "'await' outside function"),
    (
        "def f():\n  await x",
        ErrorKind::Syntax,
        "'await' outside async function",
    ),
    (
        "def f():\n  async with x: pass",
        ErrorKind::Syntax,
        "'async with' outside async function",
    ),
    ("x = 1 +", ErrorKind::Syntax, ""),
    (
        "f(x for x in y, 1)",
        ErrorKind::Syntax,
        "Generator expression must be parenthesized",
    ),
    (
        "(a, b) += 1",
        ErrorKind::Syntax,
        "'tuple' is an illegal expression for augmented assignment",
    ),
    ("x = $", ErrorKind::Syntax, "invalid syntax"),
    (
        "x = \u{20ac}",
        ErrorKind::Syntax,
        "invalid character '\u{20ac}' (U+20AC)",
    ),
];

#[test]
fn rejects_what_cpython_rejects() {
    for (src, kind, msg) in REJECTED {
        match compile_source(src, "<test>", Mode::Exec, Options::default()) {
            Ok(_) => panic!("accepted invalid program {:?}", src),
            Err(e) => {
                assert_eq!(e.kind, *kind, "wrong kind for {:?}: {}", src, e.msg);
                assert!(
                    e.msg.starts_with(msg),
                    "message for {:?} was {:?}, expected {:?}",
                    src,
                    e.msg,
                    msg
                );
            }
        }
    }
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    // 10,000 nested brackets, as CPython: "too many nested parentheses".
    let src = format!("x = {}1{}", "(".repeat(10_000), ")".repeat(10_000));
    let e = compile_source(&src, "<test>", Mode::Exec, Options::default()).unwrap_err();
    assert_eq!(e.msg, "too many nested parentheses");
    let src = format!("x = {}1{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(compile_source(&src, "<test>", Mode::Exec, Options::default()).is_err());
    // Long unary chains and attribute chains must not overflow the stack.
    let src = format!("x = {}1", "-".repeat(100_000));
    assert!(compile_source(&src, "<test>", Mode::Exec, Options::default()).is_err());
    let src = format!("x = {}1", "not ".repeat(100_000));
    assert!(compile_source(&src, "<test>", Mode::Exec, Options::default()).is_err());
    let src = format!("x = 1{}", "**1".repeat(100_000));
    assert!(compile_source(&src, "<test>", Mode::Exec, Options::default()).is_err());
}

#[test]
fn long_chains_compile_on_a_small_stack() {
    // Operator chains and `elif` chains nest as deep as they are long; the
    // parser, the compiler and dropping the tree walk them with loops, so
    // they compile (as in MicroPython) on a test thread's 2 MiB stack.
    for op in ["+", "*", "|", "-", "<<", "@"] {
        let src = format!("x = 1{}", format!(" {} 1", op).repeat(100_000));
        compile_source(&src, "<test>", Mode::Exec, Options::default()).expect(op);
    }
    let src = format!("x = 'a'{}", " + 'a'".repeat(100_000));
    compile_source(&src, "<test>", Mode::Exec, Options::default()).expect("str +");
    let src = format!(
        "if x == 0: pass\n{}else: pass\n",
        "elif x == 1: y = 2\n".repeat(50_000)
    );
    compile_source(&src, "<test>", Mode::Exec, Options::default()).expect("elif");
    // An error at the end of a long chain drops the chain built so far.
    let src = format!("x = 1{} +", " + 1".repeat(100_000));
    assert!(compile_source(&src, "<test>", Mode::Exec, Options::default()).is_err());
}

#[test]
fn indentation_is_at_most_100_levels() {
    let nest = |n: usize| {
        let mut s = String::new();
        for i in 0..n {
            s.push_str(&format!("{}if 1:\n", " ".repeat(i)));
        }
        s + &" ".repeat(n) + "pass\n"
    };
    assert!(compile_source(&nest(99), "<test>", Mode::Exec, Options::default()).is_ok());
    let e = compile_source(&nest(100), "<test>", Mode::Exec, Options::default()).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Indentation);
    assert_eq!(e.msg, "too many levels of indentation");
    assert!(compile_source(&nest(1000), "<test>", Mode::Exec, Options::default()).is_err());
}

#[test]
fn malformed_bytes_never_panic() {
    // A cheap, deterministic fuzz: every prefix of a program with every
    // kind of construct must either compile or report a SyntaxError.
    let prog = "def f(a, *b, c=1, **d):\n    '''doc'''\n    x = [i for i in b if i]\n    y = {k: v for k, v in d.items()}\n    try:\n        return f\"{a!r:>{c}}\" + 'x\\n' + b'y'.decode()\n    except (ValueError, TypeError) as e:\n        raise RuntimeError from e\n    finally:\n        pass\nclass C(object, metaclass=type):\n    @property\n    def p(self): return (yield from range(3))\nasync def g():\n    async with a as b, c:\n        await d\n    async for x in y: pass\nlambda *a, k=1, **kw: (a, k, kw)\nx = 1 if 2 else 3; del x\n";
    for end in 0..=prog.len() {
        if !prog.is_char_boundary(end) {
            continue;
        }
        let _ = compile_source(&prog[..end], "<fuzz>", Mode::Exec, Options::default());
    }
    for (i, _) in prog.char_indices() {
        let mut s = prog.to_string();
        s.remove(i);
        let _ = compile_source(&s, "<fuzz>", Mode::Exec, Options::default());
    }
}

#[test]
fn eval_mode_takes_expressions_only() {
    assert!(compile_source("1 + 2", "<e>", Mode::Eval, Options::default()).is_ok());
    assert!(compile_source("x = 1", "<e>", Mode::Eval, Options::default()).is_err());
}
