# int <-> str conversions incl. big numbers and bases
for n in [0, 1, -1, 9, 10, 255, -255, 2 ** 31, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, 10 ** 30 + 1, -(7 ** 40)]:
    print(str(n), repr(n), hex(n), oct(n), bin(n)[:40], int(str(n)) == n, int(hex(n), 16) == n, int(bin(n), 0) == n)
print(format(2 ** 100, 'x'), format(2 ** 100, 'o'), format(-(2 ** 70), 'b'))
print(format(10 ** 25, ','), format(-(10 ** 25), '_'), format(10 ** 25, '>40'), format(10 ** 25, '+'))
print('%d %x %o' % (10 ** 20, 10 ** 20, 10 ** 20), '{:e}'.format(10 ** 20), float(str(10 ** 20)))
s = '9' * 100
n = int(s)
print(n + 1 == 10 ** 100, len(str(n * n)), str(n)[:5], str(-n)[:5])
print(int('1' + '0' * 50, 2) == 2 ** 50, int('z' * 10, 36), int('-' + 'f' * 17, 16))
print(str(2 ** 1000)[:20], len(str(2 ** 1000)), str(2 ** 1000)[-20:])
print(str(3 ** 500 // 7 ** 100)[:30])
