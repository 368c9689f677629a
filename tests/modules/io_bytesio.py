# io.BytesIO basics
import io
b = io.BytesIO()
print(b.write(b'abc'), b.write(bytearray(b'def')), b.getvalue(), b.tell())
b.seek(0)
print(b.read(2), b.read(), b.read())
b.seek(1)
b.write(b'XY')
print(b.getvalue())
b2 = io.BytesIO(b'line1\nline2\n')
print(b2.readline(), b2.readlines())
b3 = io.BytesIO(b'\x00\x01\x02')
print(list(b3.read()), b3.seek(0), b3.read(1))
with io.BytesIO(b'ctx') as c:
    print(c.getvalue())
print(c.closed)
import struct
buf = io.BytesIO()
buf.write(struct.pack('<HI', 1, 2))
print(struct.unpack('<HI', buf.getvalue()))
try:
    io.BytesIO().write('str')
except TypeError as e:
    print('TypeError', e)
try:
    c.getvalue()
except ValueError as e:
    print('ValueError', e)
