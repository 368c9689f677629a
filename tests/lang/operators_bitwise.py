# bitwise operators and precedence
print(5 & 3, 5 | 3, 5 ^ 3)
print(1 << 4, 256 >> 4, -256 >> 4, -1 >> 10)
print(1 << 100)
print((1 << 100) >> 99)
print(1 | 2 ^ 3 & 4)
print((1 | 2) ^ (3 & 4))
print(1 + 2 << 3)
print(1 << 2 + 3)
print(-5 & 0xff, -5 | 0, -5 ^ -1)
print(0xF0 & 0x3C, 0xF0 | 0x3C, 0xF0 ^ 0x3C)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 3).__name__)
print(~True, ~False)
x = 0b1010
x &= 0b0110
print(x)
x |= 0b1000
print(x)
x ^= 0b1111
print(x)
x <<= 3
print(x)
x >>= 1
print(x)
print(-(1 << 70) >> 3)
print((1 << 70) & ((1 << 65) - 1))
print((1 << 70) | 1)
print(-(1 << 70) & 0xffff)
print((-(1 << 70)) ^ (1 << 69))
