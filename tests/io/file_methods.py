# File object methods and attributes, binary and text, and their errors:
# closed files, wrong directions, bad arguments, invalid whence.
import io
import os

NAME = "file_methods.tmp"
with open(NAME, "w") as f:
    print(f.name, f.mode, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write("line one\n"), f.write("line two\nline three\n"), f.write(""))
    print(f.tell(), isinstance(f.fileno(), int), f.flush())
print(f.closed)
f.close()
f.close()

with open(NAME) as f:
    print(repr(f.readline()), repr(f.readline(4)), repr(f.readline(-1)))
    print(f.tell(), repr(f.read(3)), repr(f.read()), repr(f.read()), repr(f.readline()))
    print(f.seek(0), f.readlines())
    print(f.seek(0), f.readlines(12))
    f.seek(5)
    print([line for line in f])
    print(f.seek(0, 2), f.seek(0, 1), f.tell())

with open(NAME, "rb") as f:
    print(f.read(4), f.readline(), f.tell())
    print(f.seek(-5, 2), f.read(), f.seek(-3, 1), f.read(2))
    buf = bytearray(6)
    f.seek(0)
    print(f.readinto(buf), buf)
    mv = memoryview(buf)
    print(f.readinto(mv[2:4]), buf)
    print(f.seek(100), f.read(), f.readinto(buf), f.tell())
    f.seek(0)
    print(list(f)[:2])

for mode, op, args in [
    ("r", "write", ("x",)),
    ("rb", "write", (b"x",)),
    ("w", "read", ()),
    ("wb", "readline", ()),
    ("a", "readlines", ()),
]:
    with open(NAME, mode) as f:
        try:
            getattr(f, op)(*args)
        except io.UnsupportedOperation as e:
            print(mode, op, "UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))

with open(NAME, "w") as f:
    for bad in [b"bytes", 5, None]:
        try:
            f.write(bad)
        except TypeError as e:
            print("TypeError:", e)
with open(NAME, "wb") as f:
    for bad in ["str", 5]:
        try:
            f.write(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(f.write(bytearray(b"ba")), f.write(memoryview(b"mv")))

with open(NAME, "rb") as f:
    for bad in [bytes(4), "str"]:
        try:
            f.readinto(bad)
        except TypeError as e:
            print("TypeError:", e)
    for args in [(0, -1), (-1,), (0, 9)]:
        try:
            f.seek(*args)
        except (ValueError, OSError) as e:
            print(args, type(e).__name__, e)
with open(NAME, "r") as f:
    for args in [(1, 1), (-2, 2), (0, 3), (-1,)]:
        try:
            f.seek(*args)
        except (io.UnsupportedOperation, ValueError) as e:
            print(args, type(e).__name__, e)

f = open(NAME, "r")
f.close()
for op, args in [("read", ()), ("readline", ()), ("write", ("x",)), ("seek", (0,)), ("tell", ()),
                 ("flush", ()), ("readlines", ()), ("__enter__", ()), ("__next__", ())]:
    try:
        getattr(f, op)(*args)
        print(op, "no error")
    except ValueError as e:
        print(op, "ValueError:", e)
print(f.closed, f.name, f.mode)
try:
    with f:
        pass
except ValueError as e:
    print("ValueError:", e)

with open(NAME, "w+") as f:
    f.write("0123456789")
    f.seek(3)
    print(repr(f.read(2)), f.tell())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))
print(os.stat(NAME)[6])
os.remove(NAME)

g = open(NAME + "b", "wb")
g.close()
for op, args in [("read", ()), ("write", (b"x",)), ("readinto", (bytearray(1),)), ("seek", (0,))]:
    try:
        getattr(g, op)(*args)
    except ValueError:
        print(op, "ValueError")
os.remove(NAME + "b")
