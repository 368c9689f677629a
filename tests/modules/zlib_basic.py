# zlib: round trips in every framing, CPython-made streams decompressed, checksums, and the error paths
import zlib
data = b'hello world ' * 50 + bytes(range(256))
for wbits in (15, 9, -15, -9, 31, 25):
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(data, level, wbits)
        assert zlib.decompress(c, wbits) == data, (wbits, level)
    print(wbits, 'ok')
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
print(len(zlib.compress(b'a' * 100000)) < 1000)
# Streams made by CPython's zlib.
print(zlib.decompress(b"x\x9cKLJ\x06\x00\x02M\x01'"))
print(zlib.decompress(b'KLJ\x06\x00', -15))
print(zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xffKLJ\x06\x00\xc2A$5\x03\x00\x00\x00', 31))
print(zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')), zlib.crc32(b''), zlib.crc32(b'a', -1))
print(zlib.adler32(b'hello'), zlib.adler32(b'world', zlib.adler32(b'hello ')), zlib.adler32(b''), zlib.adler32(b'x' * 100000))
print(zlib.crc32(bytearray(b'abc')), zlib.crc32(memoryview(b'abc')))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, issubclass(zlib.error, Exception))
for bad in [lambda: zlib.decompress(b'xx'), lambda: zlib.decompress(b''),
            lambda: zlib.decompress(zlib.compress(b'abc')[:-1]), lambda: zlib.compress(b'a', 10),
            lambda: zlib.compress(b'a', wbits=5), lambda: zlib.crc32('a'), lambda: zlib.compress(),
            lambda: zlib.compress(1), lambda: zlib.decompress(b'x\x9c\x00', bufsize=-1),
            lambda: zlib.decompress(zlib.compress(b'abc')[:-1] + b'\x00'), lambda: zlib.adler32()]:
    try:
        print(bad())
    except (zlib.error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
