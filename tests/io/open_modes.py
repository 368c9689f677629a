# open() modes: every valid combination, what each allows, invalid modes,
# and the OSErrors of missing files, directories and exclusive creation.
import os

NAME = "open_modes.tmp"
DIR = "open_modes.dir"

def reset(content=b"abc"):
    with open(NAME, "wb") as f:
        f.write(content)

def report(mode):
    reset()
    try:
        f = open(NAME, mode)
    except (OSError, ValueError) as e:
        print(mode, type(e).__name__, e)
        return
    r = w = None
    try:
        r = f.read()
    except OSError as e:
        r = type(e).__name__
    try:
        w = f.write(b"XY" if "b" in mode else "XY")
    except OSError as e:
        w = type(e).__name__
    f.close()
    with open(NAME, "rb") as g:
        after = g.read()
    print(mode, f.mode, repr(r), w, after, f.closed)

for m in ["r", "rb", "rt", "r+", "rb+", "r+b", "w", "wb", "w+", "wb+", "a", "ab", "a+", "ab+", "x", "xb", "x+"]:
    if m.startswith("x"):
        os.remove(NAME)
        try:
            f = open(NAME, m)
            print(m, f.mode, f.write(b"new" if "b" in m else "new"))
            f.close()
        except OSError as e:
            print(m, type(e).__name__)
        try:
            open(NAME, m)
        except FileExistsError as e:
            print(m, "FileExistsError", e.errno)
    else:
        report(m)

for bad in ["", "rw", "rr", "q", "rbt", "r++", "wa", "+", "b", "tb"]:
    try:
        open(NAME, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

for kw in [dict(encoding="utf-8"), dict(errors="strict"), dict(newline="")]:
    try:
        open(NAME, "rb", **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    open(NAME, "r", buffering=0)
except ValueError as e:
    print("ValueError:", e)
for bad in [3.5, None, b"x"]:
    try:
        open(NAME, bad)
    except TypeError as e:
        print("TypeError", type(bad).__name__)
try:
    open(None)
except TypeError as e:
    print("TypeError:", e)
try:
    open("a\0b")
except ValueError as e:
    print("ValueError:", e)

try:
    open("no_such_file.tmp")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename, e)
try:
    open("no_such_dir/x.tmp", "w")
except OSError as e:
    print(type(e).__name__, e.errno)
os.mkdir(DIR)
for m in ["r", "w", "rb"]:
    try:
        open(DIR, m)
    except OSError as e:
        print(m, type(e).__name__, e.errno)
os.rmdir(DIR)
os.remove(NAME)
print(NAME in os.listdir())

# closefd=False needs a file descriptor; a path is refused.
with open("open_modes_closefd.tmp", "w", closefd=True) as f:
    f.write("x")
try:
    open("open_modes_closefd.tmp", closefd=False)
except ValueError as e:
    print("ValueError", e)
import os
os.remove("open_modes_closefd.tmp")
