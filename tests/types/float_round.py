# round() on floats: banker's rounding, ndigits, correctly rounded
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5000001]:
    print(v, round(v), round(v, 0))
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.135, 2), (1.0000005, 6), (123.456, 1), (123.456, -1),
             (123.456, -2), (123.456, -3), (-123.456, -1), (5e-324, 323), (1e300, -299), (0.1, 20), (1.23456789, 8)]:
    print(v, n, round(v, n))
print(round(1e15 + 0.5), round(2 ** 52 + 0.5), round(-2 ** 52 - 0.5))
print(type(round(1.5)).__name__, type(round(1.5, None)).__name__, type(round(1.5, 1)).__name__)
print(round(7, 1), round(7, -1), round(15, -1), round(25, -1), round(-25, -1), round(250, -2), round(350, -2))
print(round(1.25, 1), round(1.35, 1), round(-1.25, 1), round(0.285, 2), round(0.375, 2))
print(round(123456789.987654321, 4), round(9.995, 2), round(99.5), round(100.5))
