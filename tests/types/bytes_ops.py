# bytes iteration, comparison, conversion, and hashing
b = bytes(range(0, 256, 17))
print(b, len(b), list(b), b.hex())
print(bytes(reversed(b)), bytes(sorted(b'hello')), bytes(x ^ 0xff for x in b'\x00\x0f'))
print(b'abc' * 0, b'abc'[1:1], b'' == bytes(), bytes(2) == b'\x00\x00')
print(b'a' < b'aa' < b'ab' < b'b', b'A' < b'a', b'\x00' < b'\x01', max([b'b', b'a', b'ab']))
print(sorted([b'b', b'A', b'a', b'']), min(b'hello'), b'%02x' % 10)
print(b'hello'.upper().lower() == b'hello', b'ab'.center(6).hex())
x = b'data'
y = x + b''
print(x == y, b'' + b'' == b'', bytes(bytes(3)))
print(int(b'12') + 1, float(b'1.5'), str(b'abc', 'ascii'), b'%d items' % 5)
print(list(map(bytes, [[65], [66, 67]])), bytes([65]) + b'BC')
print(b'x' in [b'x'], b'k' in {b'k': 1}, {b'a', b'a', b'b'} == {b'a', b'b'})
print(b'a\x00b'.split(b'\x00'), b'\x00'.join([b'1', b'2']), len(b'\x00' * 10))
m = b'\x01\x02\x03\x04'
print(int.from_bytes(m, 'big'), int.from_bytes(m[::-1], 'little'), m[1] << 8 | m[2])
print(bytes.maketrans(b'ab', b'AB'), b'aabb'.translate(bytes.maketrans(b'ab', b'AB')))
print(b'abc'.startswith(b'a'), b'abc'.endswith((b'c', b'x')), b'\n'.isspace(), b'1'.isdigit())
print(b'ab' + bytearray(b'c') == b'abc', bytearray(b'x') == b'x', b'x' == memoryview(b'x'))
