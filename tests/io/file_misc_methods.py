# writelines on files, read(-2) on binary files, StringIO newline modes.
import io, os
NAME = "file_misc_methods.tmp"
with open(NAME, "w") as f:
    f.writelines(["a\n", "b", "c\n"])
    f.writelines(iter(["d"]))
    try:
        f.writelines([1])
    except TypeError as e:
        print("TypeError", e)
with open(NAME, "rb+") as f:
    print(f.read())
    f.writelines([b"x", bytearray(b"y")])
    for n in (-1, -2, None):
        f.seek(0)
        try:
            print(f.read(n))
        except ValueError as e:
            print("ValueError", e)
with open(NAME, "r") as f:
    try:
        f.writelines(["z"])
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    print(repr(f.read(-2)))
s = io.StringIO("x\r\ny\rz\n", newline=None)
print(repr(s.read()), repr(s.getvalue()))
s = io.StringIO(newline=None)
s.write("a\r\nb\rc")
print(repr(s.getvalue()))
s = io.StringIO("x\r\ny", newline="")
print(repr(s.read()), s.readlines())
s = io.StringIO("p\r\nq\rr\n")
print(s.readlines())
s = io.StringIO(newline="\r\n")
s.write("a\nb")
print(repr(s.getvalue()))
os.remove(NAME)
