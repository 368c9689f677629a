# upy-exp: handwritten: MicroPython's extended write(buf, len) and write(buf, off, len) on binary streams, and a VfsPosix object's own current directory (fs.chdir/fs.getcwd, relative paths to its methods). CPython has neither.
import io
import os
import vfs

b = io.BytesIO()
print(b.write(b"foo", 2), b.getvalue())
print(b.write(b"foo", 100), b.getvalue())
print(b.write(b"foobar", 1, 3), b.getvalue())
print(b.write(b"foobar", 5, 100), b.write(b"x", 9, 1), b.getvalue())
try:
    io.StringIO().write("ab", 1)
except TypeError:
    print("TypeError")

NAME = "stream_write_ext.tmp"
with open(NAME, "wb") as f:
    print(f.write(b"abcdef", 3), f.write(bytearray(b"abcdef"), 4, 2))
with open(NAME, "rb") as f:
    print(f.read())
try:
    with open(NAME, "w") as f:
        f.write("abc", 1)
except TypeError:
    print("TypeError")
os.remove(NAME)

D = "stream_write_ext.dir"
here = os.getcwd()
os.mkdir(D)
fs = vfs.VfsPosix(D)
print(fs.getcwd())
fs.mkdir("sub")
fs.chdir("sub")
print(fs.getcwd())
with fs.open("f.txt", "w") as f:
    f.write("in sub")
print(sorted(e[0] for e in fs.ilistdir(".")), sorted(e[0] for e in fs.ilistdir("/")))
fs.chdir("..")
print(fs.getcwd(), fs.stat("sub/f.txt")[6])
try:
    fs.chdir("sub/f.txt")
except OSError as e:
    print("OSError", e.args[0])
fs.remove("/sub/f.txt")
fs.rmdir("sub")
# As in MicroPython, every VfsPosix shares the process's current
# directory, which fs.chdir moved into D.
print(os.getcwd().endswith(D))
os.chdir(here)
os.rmdir(D)
