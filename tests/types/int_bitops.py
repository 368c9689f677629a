# bitwise operations on small and big, positive and negative ints
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 64, -(2 ** 64), 2 ** 100 + 3, -(2 ** 100) - 3]
for a in vals[:6]:
    print(a, a & 0xF, a | 0x10, a ^ 0xFF, ~a, a << 3, a >> 1)
for a in vals[6:]:
    print(a & 0xFFFF, a | 1, a ^ -1, ~a, a << 10, a >> 10, a >> 200)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | (2 ** 99), (2 ** 100) ^ (2 ** 100))
print(-(2 ** 100) & (2 ** 100), -(2 ** 100) | 7, -(2 ** 100) ^ (2 ** 70))
print((-1) & (2 ** 80), (-(2 ** 80)) & -1, -(2 ** 80) >> 79, -(2 ** 80) >> 81)
print(1 << 0, 1 << 63, 1 << 64, 3 << 100, -3 << 64)
print(5 >> 100, -5 >> 100, (2 ** 100) >> 100, (2 ** 100) >> 101)
print(bin(-(2 ** 70)), hex(2 ** 70 - 1), oct(-(8 ** 30)))
print((2 ** 70).bit_length(), (-(2 ** 70)).bit_length(), (2 ** 70 - 1).bit_length())
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
x = 0
for i in range(0, 70, 7):
    x |= 1 << i
print(x, bin(x))
print(x & -x, x & (x - 1))
print(True << 2, False | 4, ~0)
