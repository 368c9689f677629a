# int.to_bytes / int.from_bytes with signed, byteorder, lengths and errors
for n in [0, 1, 127, 128, 255, -1, -128, -129, 32767, -32768, 2 ** 63 - 1, -(2 ** 63)]:
    for length in (2, 8):
        try:
            b = n.to_bytes(length, 'big', signed=True)
            print(n, length, b.hex(), int.from_bytes(b, 'big', signed=True), int.from_bytes(b, 'little', signed=True))
        except OverflowError as e:
            print(n, length, type(e).__name__, e)
print((1024).to_bytes(4, 'little'), (1024).to_bytes(4, byteorder='big'))
print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'', 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
print((0).to_bytes(0, 'big'), (255).to_bytes(1, 'big'))
for args in [(256, 1, 'big', False), (-1, 1, 'big', False), (128, 1, 'big', True), (1, 0, 'big', False)]:
    n, l, bo, s = args
    try:
        print(n.to_bytes(l, bo, signed=s))
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(2, 'middle')
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(-1, 'big')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes('abc', 'big')
except TypeError as e:
    print(type(e).__name__, e)
big = 2 ** 200 + 12345
b = big.to_bytes(26, 'big')
print(len(b), int.from_bytes(b, 'big') == big, b[:3].hex(), b[-3:].hex())
print(int.from_bytes(big.to_bytes(30, 'little'), 'little') == big)
print((65).to_bytes(1, 'big').decode(), int.from_bytes(b'AB', 'big'))
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b'\x01', 'big')).__name__, MyInt.from_bytes(b'\x02', 'big'))
