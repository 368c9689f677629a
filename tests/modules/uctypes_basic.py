# upy-exp: handwritten: uctypes is MicroPython's; expected output from the reference MicroPython, except the lines marked "invalid address" (upy's addresses name live buffers, MicroPython's are raw pointers), written by hand
import uctypes

buf = bytearray(range(1, 33))
addr = uctypes.addressof(buf)

# Scalars of each size, in each layout.
desc = {
    "u8": uctypes.UINT8 | 0,
    "i8": uctypes.INT8 | 1,
    "u16": uctypes.UINT16 | 2,
    "i16": uctypes.INT16 | 4,
    "u32": uctypes.UINT32 | 8,
    "i32": uctypes.INT32 | 12,
    "u64": uctypes.UINT64 | 16,
    "i64": uctypes.INT64 | 24,
}
for layout in (uctypes.LITTLE_ENDIAN, uctypes.BIG_ENDIAN, uctypes.NATIVE):
    s = uctypes.struct(addr, desc, layout)
    print(layout, s.u8, s.i8, hex(s.u16), hex(s.i16), hex(s.u32), hex(s.i32), hex(s.u64), hex(s.i64))
    print(uctypes.sizeof(s), uctypes.sizeof(desc, layout))

s = uctypes.struct(addr, desc, uctypes.LITTLE_ENDIAN)
s.i8 = -2
s.u16 = 0x1234
s.i16 = -3
s.u32 = 0xDEADBEEF
s.i32 = -5
s.u64 = 0xFEDCBA9876543210
s.i64 = -7
print(s.i8, hex(s.u16), s.i16, hex(s.u32), s.i32, hex(s.u64), s.i64)
print(bytes(buf[:32]))
s.u8 = 0x1FF  # truncated
print(s.u8)
b = uctypes.struct(addr, desc, uctypes.BIG_ENDIAN)
b.u32 = 0x01020304
print(list(buf[8:12]), hex(b.u32))

# Floats.
fbuf = bytearray(12)
f = uctypes.struct(uctypes.addressof(fbuf), {"f": uctypes.FLOAT32 | 0, "d": uctypes.FLOAT64 | 4}, uctypes.LITTLE_ENDIAN)
f.f = 1.5
f.d = -2.25
print(f.f, f.d, uctypes.sizeof({"f": uctypes.FLOAT32 | 0, "d": uctypes.FLOAT64 | 4}, uctypes.LITTLE_ENDIAN))

# Arrays of scalars, of structs; nested structs.
abuf = bytearray(16)
adesc = {
    "bytes": (uctypes.ARRAY | 0, uctypes.UINT8 | 4),
    "words": (uctypes.ARRAY | 4, uctypes.UINT16 | 2),
    "items": (uctypes.ARRAY | 8, 2, {"a": uctypes.UINT8 | 0, "b": uctypes.INT8 | 1}),
    "inner": (12, {"x": uctypes.UINT16 | 0, "y": uctypes.UINT8 | 2}),
}
a = uctypes.struct(uctypes.addressof(abuf), adesc, uctypes.LITTLE_ENDIAN)
a.bytes[1] = 7
a.words[1] = 0xABCD
a.items[1].b = -1
a.inner.x = 0x4242
a.inner.y = 9
print(a.bytes[1], hex(a.words[1]), a.items[1].a, a.items[1].b, hex(a.inner.x), a.inner.y)
print(bytes(abuf))
print(uctypes.sizeof(a.words), uctypes.sizeof(a.items), uctypes.sizeof(a.inner), uctypes.sizeof(adesc))
print(uctypes.sizeof(adesc, uctypes.NATIVE), uctypes.sizeof(adesc, uctypes.LITTLE_ENDIAN))
try:
    a.words[2]
except IndexError as e:
    print("IndexError", e)

# Bitfields.
bf = bytearray(4)
bdesc = {
    "lo": uctypes.BFUINT8 | 0 | 0 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "hi": uctypes.BFUINT8 | 0 | 4 << uctypes.BF_POS | 4 << uctypes.BF_LEN,
    "mid": uctypes.BFUINT16 | 2 | 3 << uctypes.BF_POS | 7 << uctypes.BF_LEN,
}
t = uctypes.struct(uctypes.addressof(bf), bdesc, uctypes.LITTLE_ENDIAN)
t.lo = 0xA
t.hi = 0x13  # truncated to 4 bits
t.mid = 0x55
print(t.lo, t.hi, hex(t.mid), bytes(bf))
tb = uctypes.struct(uctypes.addressof(bf), bdesc, uctypes.BIG_ENDIAN)
print(tb.lo, tb.hi, hex(tb.mid))
print(uctypes.sizeof(bdesc))

# Pointers, through addressof.
target = bytearray(b"\x10\x20\x30\x40")
pbuf = bytearray(16)
pdesc = {
    "p": (uctypes.PTR | 0, uctypes.UINT8),
    "ps": (uctypes.PTR | 8, {"w": uctypes.UINT16 | 0}),
    "raw": uctypes.UINT64 | 0,
}
p = uctypes.struct(uctypes.addressof(pbuf), pdesc, uctypes.NATIVE)
p.raw = uctypes.addressof(target)
pbuf[8:16] = pbuf[0:8]
print(p.p[0], p.p[2], p.ps[0].w == 0x2010, p.ps[1].w == 0x4030)
print(target, int(p.p) == uctypes.addressof(target))
print(uctypes.sizeof(pdesc))

# bytes_at, bytearray_at (sharing the memory).
print(uctypes.bytes_at(uctypes.addressof(target), 3))
print(uctypes.bytes_at(uctypes.addressof(target) + 1, 2))
ba = uctypes.bytearray_at(uctypes.addressof(target), 4)
ba[0] = 0x55
print(target, bytes(ba), len(ba))
print(uctypes.addressof(target) == uctypes.addressof(target))
print(type(uctypes.addressof(buf)))

# Read-only bytes are readable.
ro = b"\x01\x02"
r = uctypes.struct(uctypes.addressof(ro), {"v": uctypes.UINT16 | 0}, uctypes.LITTLE_ENDIAN)
print(hex(r.v))

# repr and the type.
print(repr(uctypes.struct(0, {}))[:15], type(s))

# Errors.
for d in ({"x": []}, []):
    try:
        uctypes.struct(addr, d).x
    except TypeError as e:
        print("TypeError", e)
try:
    a.inner = 1
except TypeError as e:
    print("TypeError", e)
try:
    uctypes.sizeof(1)
except TypeError as e:
    print("TypeError", e)
try:
    uctypes.sizeof([])
except TypeError as e:
    print("TypeError", e)
try:
    s.missing
except KeyError as e:
    print("KeyError", e.args)
try:
    a.inner[0]
except TypeError as e:
    print("TypeError", e)
try:
    uctypes.struct(buf, desc)
except TypeError:
    print("TypeError")
try:
    uctypes.addressof(1)
except TypeError as e:
    print("TypeError", e)
try:
    hash(s)
except TypeError:
    print("TypeError")

# invalid address: upy refuses an address that is not in a buffer given
# by addressof() (MicroPython would read whatever is there); the output of
# this part is written by hand.
bad = uctypes.struct(12345, desc, uctypes.LITTLE_ENDIAN)
for f in (lambda: bad.u8, lambda: uctypes.bytes_at(12345, 1)):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
# invalid address: past the end of the buffer.
try:
    uctypes.bytes_at(addr + 30, 4)
except ValueError:
    print("ValueError")
# invalid address: bytes are read-only.
try:
    r.v = 1
except TypeError as e:
    print("TypeError", e)
