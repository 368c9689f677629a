# bytes.hex / fromhex / int conversions
for b in [b'', b'\x00', b'\xff', b'\x01\x02\x03', bytes(range(16))]:
    h = b.hex()
    print(repr(h), bytes.fromhex(h) == b, bytearray.fromhex(h) == b)
print(b'\xde\xad'.hex(' '), b'\xde\xad\xbe\xef'.hex(':', 2), b'\x01\x02\x03'.hex('-', -2))
print(bytes.fromhex(' 0a 0B\t0c '), bytes.fromhex('ABCDEF'), bytearray.fromhex('00ff'))
print(int(b'\xff\x00'.hex(), 16), hex(int.from_bytes(b'\x12\x34', 'big')), '%02x%02x' % (18, 52))
print(memoryview(b'\xab\xcd').hex(), bytearray(b'\x0f').hex())
print(''.join('%02x' % c for c in b'hi'), ''.join(format(c, '08b') for c in b'AB'))
try:
    bytes.fromhex('abc')
except ValueError as e:
    print('ValueError', e)
try:
    bytes.fromhex('0g')
except ValueError as e:
    print('ValueError', e)
