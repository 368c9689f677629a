# memoryview over arrays and casts: item formats, writes through, slices
# that share memory, error paths.
import array
import struct

a = array.array("i", [1, -2, 3, 400000])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.readonly, m.shape, m.strides)
print(m[0], m[-1], m.tolist(), list(m[1:3]), list(m[::-2]))
m[1] = 20
m[-1] = -7
print(a)
s = m[1:3]
s[0] = 99
print(a, s.tolist(), s.obj is a)
for bad in (2 ** 31, -2 ** 31 - 1):
    try:
        m[0] = bad
    except ValueError as e:
        print("ValueError:", e)
for bad in (1.5, "x", None):
    try:
        m[0] = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    m[4]
except IndexError as e:
    print("IndexError:", e)

d = array.array("d", [0.5, -1.25])
md = memoryview(d)
print(md.format, md.itemsize, md.tolist())
md[0] = 3
md[1] = 2.5
print(d)

u = array.array("B", [1, 2, 3])
mu = memoryview(u)
mu[1:] = b"\x09\x08"
print(u, bytes(mu), mu == b"\x01\x09\x08", mu.hex())
try:
    mu[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    mu[0:2] = b"\x01"
except ValueError as e:
    print("ValueError:", e)

# cast between bytes and other formats
b = bytearray(struct.pack("<hhh", 1, -1, 300))
mb = memoryview(b)
h = mb.cast("h")
print(h.format, h.itemsize, len(h), h.tolist())
h[2] = -300
print(struct.unpack("<hhh", b))
print(h.cast("B").tolist()[:2], memoryview(b"abcd").cast("c").tolist())
for f in ("hh", "x", "i"):
    try:
        memoryview(b"abc").cast(f)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    h.cast("i")
except TypeError as e:
    print("TypeError:", e)
try:
    memoryview(b"ab").cast("h")[0] = 1
except TypeError as e:
    print("TypeError:", e)

# pack_into and unpack_from through views
buf = bytearray(8)
struct.pack_into("<HH", memoryview(buf), 2, 7, 0xDEAD)
print(buf, struct.unpack_from("<H", memoryview(buf)[4:]))
try:
    struct.pack_into("<H", memoryview(b"ab"), 0, 1)
except TypeError as e:
    print("TypeError:", e)
arr = array.array("b", [0] * 4)
struct.pack_into("bb", arr, 1, 5, -6)
print(arr)
print(list(reversed(array.array("h", [1, 2, 3]))))
