# str.encode / bytes.decode with utf-8 and ascii/latin-1 and error handlers
s = 'héllo wörld €'
b = s.encode()
print(b, len(b), b.decode() == s, s.encode('utf-8') == b, s.encode('UTF8') == b)
print('abc'.encode('ascii'), 'é'.encode('latin-1'), b'\xe9'.decode('latin-1'), b'abc'.decode('ascii'))
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(s.encode('ascii', 'ignore'), s.encode('ascii', 'replace'), s.encode('ascii', errors='ignore'))
try:
    b'\xff\xfe'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b'abc\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'replace'), b'\xc3'.decode('utf-8', 'replace'))
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
print(isinstance(UnicodeDecodeError('utf-8', b'', 0, 1, 'r'), ValueError), issubclass(UnicodeError, ValueError))
print(str(b'abc', 'ascii'), str(b'\xc3\xa9', 'utf-8'), bytes('é', 'utf-8'), str(bytearray(b'xy'), 'utf-8'))
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b'abc', 'ascii', 'strict', 'extra')
except TypeError as e:
    print(type(e).__name__)
for ch in ['a', 'é', '€', '😀']:
    enc = ch.encode()
    print(ch, len(enc), enc.hex(), enc.decode())
print(b'\xf0\x9f\x98\x80'.decode(), len(b'\xf0\x9f\x98\x80'.decode()))
