# upy-exp: handwritten: writing far past the end of an in-memory stream needs more memory than the heap budget holds, so upy raises MemoryError (CPython's result depends on the host's memory: it may allocate gigabytes or raise OverflowError).
import io

for cls, v in ((io.BytesIO, b"x"), (io.StringIO, "x")):
    for pos in (2**62, 2**40, 2**33, 2**63 - 1):
        b = cls()
        b.seek(pos)
        try:
            b.write(v)
            print("wrote")
        except MemoryError:
            print("MemoryError")
        print(b.tell() == pos, len(b.getvalue()))
    # Still usable afterwards.
    b.seek(0)
    b.write(v * 3)
    print(b.getvalue())

# read(n) of a small file with n far beyond memory: the file's data, as
# MicroPython gives it (CPython's buffered reader tries to allocate n).
import os

NAME = "huge_positions.tmp"
with open(NAME, "wb") as f:
    f.write(b"hello\nworld\n")
for n in (2**62, 2**40, 2**36):
    with open(NAME, "rb") as f:
        print(f.read(n), f.read(n))
    with open(NAME, "rb") as f:
        print(f.readline(n), f.readline(n), f.readline(n))
    with open(NAME) as f:
        print(repr(f.read(n)), repr(f.readline(n)))
os.remove(NAME)
