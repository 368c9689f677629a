# struct errors
import struct
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception))
t(lambda: struct.pack('<I'))
t(lambda: struct.pack('<I', 1, 2))
t(lambda: struct.pack('<2I', 1))
t(lambda: struct.pack('<B', 256))
t(lambda: struct.pack('<B', -1))
t(lambda: struct.pack('<b', 128))
t(lambda: struct.pack('<h', 40000))
t(lambda: struct.pack('<I', -1))
t(lambda: struct.pack('<Q', 2 ** 64))
t(lambda: struct.pack('<i', 'x'))
t(lambda: struct.pack('<i', 1.5))
t(lambda: struct.pack('<f', 'x'))
t(lambda: struct.pack('<c', b'ab'))
t(lambda: struct.pack('<c', 'a'))
t(lambda: struct.pack('<s', 'str'))
t(lambda: struct.unpack('<I', b'\x00\x00'))
t(lambda: struct.unpack('<I', b'\x00' * 5))
t(lambda: struct.calcsize('Z'))
t(lambda: struct.pack('<Z', 1))
t(lambda: struct.unpack('<4x', b''))
t(lambda: struct.calcsize(' <i'))
t(lambda: struct.calcsize('<2 B'))
t(lambda: struct.pack('<f', 1e300))
t(lambda: struct.Struct('<I').unpack(b'12'))
for exc_args in [('<I',), ('<I', 1, 2), ('<B', 300)]:
    try:
        struct.pack(*exc_args)
    except struct.error:
        print('struct.error caught for', exc_args)
