# repr/str of many float values (shortest round-trip repr)
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e-5, 1e-4, 0.0001234,
        1e15, 1e16, 1e17, 123456789.123456789, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
        9007199254740992.0, 9007199254740993.0, 0.5, 0.25, 0.125, 1e22, 1e23, 12345678901234567890.0,
        3.141592653589793, 2.718281828459045, 100.0, 1e100, 1.5e-10, 4.35, 2.675, 1.005, 0.001, 1e-7]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print([1.0, 2.5, -0.0], (0.1,), {0.5: 1.25})
print(float('1e500'), float('-1e500'), float('nan'), -float('nan'))
print(repr(float('inf')), str(float('-inf')), repr(1e309))
for i in range(-5, 6):
    print(10.0 ** i, 2.0 ** (i * 10), end=' ')
print()
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 63), float(-2 ** 64), float(10 ** 20))
print(1e16 + 1, 1e16 + 2, 0.1 * 3, 1.1 * 1.1, 100 * 1.1)
print(7.0 / 2, 7 / 2, 6 / 3, -6 / 4, 2 ** -2, 10 ** -1)
