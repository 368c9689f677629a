# int.to_bytes / int.from_bytes
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((0).to_bytes(1, 'big'), (0).to_bytes(0, 'big'), (255).to_bytes(1, 'big'))
print((1).to_bytes(8, 'little'), (2 ** 64 - 1).to_bytes(8, 'big'))
print((-1).to_bytes(1, 'big', signed=True), (-1).to_bytes(4, 'little', signed=True))
print((-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'big', signed=True))
print((-129).to_bytes(2, 'big', signed=True), (2 ** 100).to_bytes(13, 'big'))
print((0x0102030405).to_bytes(5, 'little'), (0x0102030405).to_bytes(6, 'big'))
print(int.from_bytes(b'\x00\x01', 'big'), int.from_bytes(b'\x00\x01', 'little'))
print(int.from_bytes(b'\xff', 'big'), int.from_bytes(b'\xff', 'big', signed=True))
print(int.from_bytes(b'\xff\xff\xff\xff', 'little', signed=True), int.from_bytes(b'', 'big'))
print(int.from_bytes(b'\x80\x00', 'big', signed=True), int.from_bytes(b'\x00\x80', 'little', signed=True))
print(int.from_bytes(bytearray(b'\x01\x02'), 'big'), int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(b'\x01' * 20, 'big'), int.from_bytes(b'\xff' * 20, 'little', signed=True))
for n in [0, 1, 255, 256, 65535, 2 ** 40 + 17, 2 ** 130]:
    b = n.to_bytes((n.bit_length() + 7) // 8 or 1, 'big')
    print(n, b, int.from_bytes(b, 'big') == n)
for n in [-1, -128, -129, -32768, -(2 ** 70)]:
    b = n.to_bytes(16, 'little', signed=True)
    print(n, int.from_bytes(b, 'little', signed=True) == n)
print((258).to_bytes(length=2, byteorder='big'))
class B(int):
    pass
print(type(B.from_bytes(b'\x01', 'big')).__name__)
