# struct: native alignment, range messages per code, Struct objects and argument errors
import struct
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in ['2 B', 'i i', '<', '', '3', 'b3', '2x', '0s', '10p', 'iq', 'qi', '@ci', '<ci', 'hq', 'bP', b'<h']:
    t(lambda: struct.calcsize(f))
for a in [('<n', 1), ('@e', 1.0), ('<?', []), ('<i', 2 ** 40), ('<q', 2 ** 70), ('<Q', -1), ('<h', -40000),
          ('<H', 70000), ('<b', 'x'), ('<d', 'x'), ('<e', 1e10), ('<p', 'x'), ('<P', 1), ('P', -1), ('<c', 1),
          ('i', 2 ** 40), ('I', -1), ('I', 2 ** 33), ('l', 2 ** 70), ('L', -1), ('n', 2 ** 70), ('N', -1),
          ('b', 200), ('H', -1), ('<e', 65504.0), ('<e', 65520.0), ('>e', -0.0), ('<e', 1e-8), ('<f', 3.4e38)]:
    t(lambda: struct.pack(*a))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'))
print(struct.pack('3p', b'abcdef'), struct.pack('1p', b'abc'), struct.unpack('3p', b'\x09ab'))
print(struct.pack('<?', 'nonempty'), struct.pack('@bi', 1, 2), struct.unpack('@bq', bytes(16)))
s = struct.Struct(b'>hH')
print(s.format, s.size, s.pack(-1, 1), s.unpack_from(b'\x00\xff\xff\x00\x01', 1))
print(list(s.iter_unpack(b'\x00\x01\x00\x02\x00\x03\x00\x04')))
t(lambda: struct.Struct(5))
t(lambda: struct.pack(5))
t(lambda: struct.pack())
t(lambda: struct.unpack('<i'))
t(lambda: struct.unpack('<i', 'abcd'))
t(lambda: struct.iter_unpack('<i', b'abc'))
t(lambda: struct.iter_unpack('', b'abc'))
t(lambda: struct.pack_into('<i', bytearray(4)))
t(lambda: struct.pack_into('<i', bytearray(4), 0))
t(lambda: s.pack_into(bytearray(4), 0))
t(lambda: struct.unpack_from('<i', buffer=b'abcd'))
class Idx:
    def __index__(self):
        return 7
print(struct.pack('<B', Idx()), struct.pack('<d', Idx()))
