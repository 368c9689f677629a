# binascii: hex with separators, base64 lines (strict and lenient), CRC-32
import binascii
import array

for data in [b'', b'\x00', b'\xff\x01', b'hello world', bytes(range(0, 256, 17))]:
    h = binascii.hexlify(data)
    print(h, binascii.b2a_hex(data), binascii.unhexlify(h), binascii.a2b_hex(h.upper()))

data = b'\x01\x23\x45\x67\x89\xab\xcd'
for sep in ['-', b':', ' ', '\x00', 'é', b'\xff']:
    for n in [1, 2, 3, -2, -3, 7, 8, -7, 0, -100]:
        print(repr(sep), n, binascii.hexlify(data, sep, n))
print(binascii.hexlify(data, sep='.'), binascii.b2a_hex(data=data, bytes_per_sep=2, sep='_'))
print(binascii.hexlify(data, bytes_per_sep=4), binascii.hexlify(b'', '-'), binascii.hexlify(b'ab', '-', True))

# Inputs: any bytes-like object; a2b_* also take ASCII str.
print(binascii.hexlify(bytearray(b'\x10\x20')), binascii.hexlify(memoryview(b'xyz')[1:]))
print(binascii.hexlify(array.array('H', [1, 0x1234])))
print(binascii.unhexlify('deadBEEF'), binascii.unhexlify(bytearray(b'00ff')), binascii.a2b_hex(memoryview(b'7e')))
print(binascii.unhexlify(''), type(binascii.unhexlify(b'41')))

for data in [b'', b'a', b'ab', b'abc', b'abcd', b'\x00\xff\xfe\x80', bytes(range(40))]:
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False), binascii.a2b_base64(enc))
print(binascii.b2a_base64(bytearray(b'xy'), newline=0), binascii.b2a_base64(memoryview(b'xyz')))
print(binascii.a2b_base64(memoryview(b'YmFy')), binascii.a2b_base64(memoryview(b'xYmFy')[1:], strict_mode=True))

# Decoding: characters outside the alphabet are skipped, padding ends the
# data once it completes a group, extra padding is ignored.
for text in ['YWJj', 'YWJjZA==', 'YWJjZGU=', 'YW Jj\nZA==', 'YWJjZA===', 'YWJjZA==YWJj',
             'YQ', 'YQ=', 'YQ==', 'YQ=a', '=YQ==', 'Y=Q==', 'YWJ=j', '!!', '', '====',
             'YWJjZ', 'Y', 'YWJjZGVmZ', 'YW=Jj', b'YWJj', bytearray(b'Zm9v')]:
    for strict in [False, True]:
        try:
            print(repr(text), strict, binascii.a2b_base64(text, strict_mode=strict))
        except binascii.Error as e:
            print(repr(text), strict, 'Error', e)

print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b'123456789'))
crc = binascii.crc32(b'hello ')
print(crc, binascii.crc32(b'world', crc), binascii.crc32(b'hello world'))
for start in [0, 1, -1, 2**32, 2**32 + 5, -2**40, 2**100 + 7, True]:
    print(start, binascii.crc32(b'abc', start))
print(binascii.crc32(bytearray(b'abc')), binascii.crc32(memoryview(b'xabc')[1:]))
print(binascii.crc32(bytes(1000)), binascii.crc32(b'a' * 100000))

# binascii.Error is a ValueError.
print(binascii.Error.__name__, binascii.Error.__module__, issubclass(binascii.Error, ValueError))
print(binascii.Incomplete.__module__, issubclass(binascii.Incomplete, Exception))
try:
    binascii.unhexlify('a')
except ValueError as e:
    print(type(e).__name__, e.args)
