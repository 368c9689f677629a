#!/usr/bin/env python3
"""Regenerate expected outputs (.exp files) for the upy differential test suite.

Usage:
    python3 tests/regen.py [--check] [PATHS...]

Each test is a file NAME.py under tests/<area>/.  Its expected output is the
stdout of CPython running ``python3 NAME.py`` with the test's own folder as the
current directory (env PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8, 60 s timeout),
stored in NAME.py.exp next to it.

Skipped files:
  * helper modules: ``mod_*.py`` and anything inside a folder named ``pkg_*``;
  * hand-written tests: a .py whose first line starts with
    ``# upy-exp: handwritten`` (their .exp is maintained by hand);
  * this script itself and anything that is not a .py file.

If a test exits non-zero or times out, it is reported, its .exp is not written,
and the script exits with status 1.

With ``--check`` nothing is written: the script reports every test whose stored
.exp is missing or differs from what CPython prints now, and exits 1 if any do.
"""

import os
import subprocess
import sys

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
HANDWRITTEN = "# upy-exp: handwritten"
TIMEOUT = 60


def is_helper(path):
    base = os.path.basename(path)
    if base.startswith("mod_"):
        return True
    rel = os.path.relpath(os.path.abspath(path), TESTS_DIR)
    parts = rel.split(os.sep)[:-1]
    return any(p.startswith("pkg_") for p in parts)


def is_handwritten(path):
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.readline().startswith(HANDWRITTEN)
    except OSError:
        return False


def is_test(path):
    if not path.endswith(".py"):
        return False
    if os.path.abspath(path) == os.path.abspath(__file__):
        return False
    return not is_helper(path)


def collect(paths):
    out = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs
                                 if not d.startswith("pkg_") and d != "__pycache__")
                for fn in sorted(files):
                    full = os.path.join(root, fn)
                    if is_test(full):
                        out.append(full)
        elif os.path.isfile(p):
            if is_test(p):
                out.append(p)
            else:
                print("skip (not a test):", p)
        else:
            print("no such file or directory:", p)
    return out


def run(path):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        r = subprocess.run([sys.executable, os.path.basename(path)],
                           cwd=os.path.dirname(path), env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           stdin=subprocess.DEVNULL, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None, "timeout after %d s" % TIMEOUT
    if r.returncode != 0:
        err = r.stderr.decode("utf-8", "replace").strip().splitlines()
        return None, "exit status %d: %s" % (r.returncode, err[-1] if err else "")
    if r.stderr:
        # e.g. SyntaxWarning: harmless for the .exp but usually a test defect
        print("note: %s wrote to stderr: %s" % (
            os.path.basename(path),
            r.stderr.decode("utf-8", "replace").strip().splitlines()[-1]))
    return r.stdout, None


def main(argv):
    check = False
    paths = []
    for a in argv:
        if a == "--check":
            check = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            paths.append(a)
    if not paths:
        paths = [TESTS_DIR]
    tests = collect(paths)
    failed = []
    differ = []
    written = 0
    skipped = 0
    for t in tests:
        rel = os.path.relpath(t, TESTS_DIR)
        if is_handwritten(t):
            skipped += 1
            continue
        out, err = run(t)
        if err is not None:
            print("FAIL", rel, "-", err)
            failed.append(rel)
            continue
        exp = t + ".exp"
        if check:
            try:
                with open(exp, "rb") as f:
                    old = f.read()
            except OSError:
                old = None
            if old != out:
                print("DIFF" if old is not None else "MISSING", rel)
                differ.append(rel)
        else:
            with open(exp, "wb") as f:
                f.write(out)
            written += 1
    if check:
        print("checked %d tests, %d differ, %d failed, %d handwritten skipped"
              % (len(tests) - skipped, len(differ), len(failed), skipped))
    else:
        print("wrote %d .exp files, %d failed, %d handwritten skipped"
              % (written, len(failed), skipped))
    return 1 if (failed or differ) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
