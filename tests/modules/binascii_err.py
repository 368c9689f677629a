# binascii errors: bad types, arity and keywords, bad separators and
# group sizes, bad hex and base64 data; CPython's messages
import binascii

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 2

# Data that is not bytes-like (a2b_* take ASCII str as well).
for f in [binascii.hexlify, binascii.b2a_hex, binascii.b2a_base64, binascii.crc32]:
    t(lambda: f('abc'))
    t(lambda: f(12))
    t(lambda: f(None))
    t(lambda: f([1, 2]))
for f in [binascii.unhexlify, binascii.a2b_hex, binascii.a2b_base64]:
    t(lambda: f(12))
    t(lambda: f(None))
    t(lambda: f(['ab']))
    t(lambda: f('é1'))
    t(lambda: f('\u20ac\u20ac'))

# Separators and group sizes.
t(lambda: binascii.hexlify(b'abc', ''))
t(lambda: binascii.hexlify(b'abc', '--'))
t(lambda: binascii.hexlify(b'abc', b''))
t(lambda: binascii.hexlify(b'', '--'))
t(lambda: binascii.hexlify(b'abc', 'ā'))
t(lambda: binascii.hexlify(b'abc', '\u20ac'))
t(lambda: binascii.hexlify(b'abc', bytearray(b'-')))
t(lambda: binascii.hexlify(b'abc', memoryview(b'-')))
t(lambda: binascii.hexlify(b'abc', [1]))
t(lambda: binascii.hexlify(b'abc', (1,)))
t(lambda: binascii.hexlify(b'abc', 3))
t(lambda: binascii.hexlify(b'abc', None))
t(lambda: binascii.hexlify(b'abc', '-', 'x'))
t(lambda: binascii.hexlify(b'abc', '-', 1.0))
t(lambda: binascii.hexlify(b'abc', '-', None))
t(lambda: binascii.hexlify(b'abc', '-', Idx()))
t(lambda: binascii.hexlify(b'abc', '-', 2**31))
t(lambda: binascii.hexlify(b'abc', '-', 2**31 - 1))
t(lambda: binascii.hexlify(b'abc', '-', -2**31))
t(lambda: binascii.hexlify(b'abc', '-', -2**31 - 1))
t(lambda: binascii.hexlify(b'abc', '--', 'x'))
t(lambda: binascii.b2a_hex(b'abc', 5, 2**40))

# Bad hex data.
t(lambda: binascii.unhexlify('abc'))
t(lambda: binascii.unhexlify('a'))
t(lambda: binascii.unhexlify('zz'))
t(lambda: binascii.unhexlify('0g'))
t(lambda: binascii.unhexlify('0 '))
t(lambda: binascii.unhexlify(' 0'))
t(lambda: binascii.unhexlify('zzz'))
t(lambda: binascii.a2b_hex(b'\xff\xff'))
t(lambda: binascii.a2b_hex(bytearray(b'1x')))

# Bad base64 data.
for s in ['YWJ', 'Y', 'YWJjZ', 'YQ=a', 'YQ=', 'YWJjZGVmZ', '=', 'a', 'ab=c=']:
    t(lambda: binascii.a2b_base64(s))
for s in ['=YWJj', 'YW Jj', 'YW\nJj', 'YQ==YQ==', 'YQ==\n', 'YQ=a', 'YQ=', 'YW=Jj', 'Y', '!', 'YWJjZ']:
    t(lambda: binascii.a2b_base64(s, strict_mode=True))
t(lambda: binascii.a2b_base64(b'YQ==', strict_mode='yes'))
t(lambda: binascii.a2b_base64(b'YQ==', strict_mode=1.0))
t(lambda: binascii.a2b_base64(b'YQ==', strict_mode=None))
t(lambda: binascii.a2b_base64(b'YQ==', strict_mode=2**40))
t(lambda: binascii.a2b_base64(b'YQ==', strict_mode=Idx()))
t(lambda: binascii.b2a_base64(b'a', newline='no'))
t(lambda: binascii.b2a_base64(b'a', newline=[]))
t(lambda: binascii.b2a_base64(b'a', newline=2))

# CRC start values.
t(lambda: binascii.crc32(b'abc', 1.5))
t(lambda: binascii.crc32(b'abc', '1'))
t(lambda: binascii.crc32(b'abc', None))
t(lambda: binascii.crc32(b'abc', Idx()))

# Arity and keywords.
t(lambda: binascii.hexlify())
t(lambda: binascii.hexlify(b'', b'', 1, 1))
t(lambda: binascii.hexlify(b'', foo=1))
t(lambda: binascii.hexlify(b'', data=b''))
t(lambda: binascii.hexlify(sep='-'))
t(lambda: binascii.b2a_hex())
t(lambda: binascii.unhexlify())
t(lambda: binascii.unhexlify('ab', 'cd'))
t(lambda: binascii.unhexlify(hexstr='ab'))
t(lambda: binascii.a2b_hex())
t(lambda: binascii.a2b_hex(hexstr='ab'))
t(lambda: binascii.a2b_base64())
t(lambda: binascii.a2b_base64('', 1))
t(lambda: binascii.a2b_base64(data='YQ=='))
t(lambda: binascii.a2b_base64('YQ==', foo=1))
t(lambda: binascii.a2b_base64('YQ==', strict_mode=True, newline=True))
t(lambda: binascii.b2a_base64())
t(lambda: binascii.b2a_base64(b'a', False))
t(lambda: binascii.b2a_base64(b'a', strict_mode=True))
t(lambda: binascii.crc32())
t(lambda: binascii.crc32(b'', 1, 2))
t(lambda: binascii.crc32(b'', crc=1))
t(lambda: binascii.crc32(data=b''))

# Catching binascii.Error as ValueError, and its arguments.
try:
    binascii.a2b_base64('YQ')
except ValueError as e:
    print(type(e).__name__, isinstance(e, binascii.Error), e.args)
e = binascii.Error('custom', 2)
print(repr(e), e.args, str(e))
