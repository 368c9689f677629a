#!/usr/bin/env python3
"""Write seeds for the `re` fuzz target.

Usage: python3 fuzz/re_seeds.py DIR

Every string or bytes literal of tests/modules/re_*.py becomes a pattern,
paired with the literal after it as the subject (the tests mostly write
them in that order), under a few flag bytes. An input is a flags byte
(bit 7: a str pattern; bit 6: the subject as code points; bits 0-5:
IGNORECASE, LOCALE, MULTILINE, DOTALL, VERBOSE, ASCII), the pattern, a NUL
byte and the subject, both Latin-1 (see crates/upy-modules/src/re/fuzzing.rs).
"""
import ast
import glob
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(os.path.dirname(HERE), "tests", "modules")


def latin1(v):
    if isinstance(v, bytes):
        return v
    return v.encode("latin-1", "replace")


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    lits = []
    for path in sorted(glob.glob(os.path.join(TESTS, "re_*.py"))):
        tree = ast.parse(open(path, encoding="utf-8").read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
                if 0 < len(node.value) <= 300:
                    lits.append(node.value)
    n = 0
    for i, pat in enumerate(lits):
        subject = lits[i + 1] if i + 1 < len(lits) else ""
        text = isinstance(pat, str)
        for flags in (0x80 | 0x40, 0x80 | 0x01, 0x80 | 0x04 | 0x08, 0x00, 0x80 | 0x20 | 0x10):
            if not text:
                flags &= 0x3f
            data = bytes([flags]) + latin1(pat) + b"\0" + latin1(subject)
            name = hashlib.sha1(data).hexdigest()
            with open(os.path.join(out, name), "wb") as f:
                f.write(data)
            n += 1
    print("wrote", n, "seeds from", len(lits), "literals")


if __name__ == "__main__":
    main()
