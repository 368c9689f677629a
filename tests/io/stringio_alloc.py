# upy-exp: handwritten: StringIO(alloc_size) and BytesIO(alloc_size) are MicroPython extensions (CPython raises TypeError): an empty stream with room for alloc_size items.
import io
s = io.StringIO(16)
print(repr(s.getvalue()), s.write("abc"), s.write("defghijklmnopqrstuvwxyz"), s.getvalue())
b = io.BytesIO(4)
print(b.read(), b.write(b"12345678"), b.getvalue(), b.seek(0), b.read(3))
print(io.BytesIO(0).getvalue(), io.StringIO(0).read())
try:
    io.BytesIO(10 ** 15)
except MemoryError:
    print("MemoryError")
