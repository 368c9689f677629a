# bitwise operations on negative and big ints (two's complement semantics)
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70), 2 ** 64 - 1]
for a in vals[:6]:
    print(a, ~a, a & 0xff, a | 0x100, a ^ -1, a >> 1, a << 3)
for a in vals:
    print(a & -a, a >> 65, (a << 70) >> 70 == a, a & (2 ** 72 - 1))
print(-1 & 2 ** 100, -(2 ** 100) | 1, (2 ** 100) ^ (2 ** 100 - 1))
print(-8 >> 1, -8 >> 3, -8 >> 4, -1 >> 100, 1 >> 100, -(2 ** 100) >> 99)
print(5 & -3, -5 | 3, -5 ^ -3, ~(2 ** 65))
print(bin(-5), hex(-255), oct(-8), bin(-5 & 0xff))
print((-12345) & 0xFFFF, ((-12345) & 0xFFFF) - 0x10000)
for bad in [lambda: 1 << -1, lambda: 1 >> -1, lambda: 1.0 & 1, lambda: 1 | 'a', lambda: ~1.5]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__, type(True & 1).__name__)
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print([popcount(i) for i in range(16)], popcount(2 ** 100 - 1))
print((0).bit_length(), (-1).bit_length(), (255).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
x = 0b1011
x |= 0b0100
x &= ~0b0001
x ^= 0b1000
x <<= 2
x >>= 1
print(x, bin(x))
