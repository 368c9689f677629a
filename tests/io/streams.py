# print(file=...) to files, StringIO and IOBase subclasses written in
# Python; sys.stdout and its buffer; BytesIO iteration.
import io, sys
with open("streams.tmp", "w") as f:
    print("hello", 42, file=f, sep="-", end="!\n")
    print(file=f)
print(repr(open("streams.tmp").read()))
class Cap:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Cap()
print("to", "cap", file=c)
print(c.parts, isinstance(c, io.IOBase))
# (print to io.IOBase subclasses writes bytes, as MicroPython: tests/io/iobase_protocol.py)
sys.stdout.write("direct\n")
sys.stdout.buffer.write(b"bytes\n")
sys.stdout.flush()
s = io.StringIO()
print("x", file=s)
print(repr(s.getvalue()))
b = io.BytesIO(b"abc\ndef\n")
print(b.readline(), list(b))
import os
os.remove("streams.tmp")
class Lines(io.IOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ""
print(list(Lines(["a\n", "b\n"])))
for bad in (1, None):
    try:
        print("x", file=bad)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
print(io.open is open)
