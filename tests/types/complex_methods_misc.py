# complex: construction, attributes, arithmetic, repr, errors
vals = [complex(1, 2), complex(-1.5, 0), complex(0, -3), 1j, -1j, complex(0, 0), complex(-0.0, -0.0), 2 + 0j]
for z in vals:
    print(repr(z), z.real, z.imag, z.conjugate(), abs(z))
print(complex('1+2j'), complex(' -3.5j '), complex('2'), complex('(1-1j)'), complex('-j'), complex('inf+nanj'))
print(complex(1), complex(2.5), complex(True), complex(1, 2j), complex(1j, 1j))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a == 3 + 4j, a != b)
print(abs(3 + 4j), (1 + 1j) ** 0, 2 ** (1j * 0), (0j) ** 0, 1j ** 2)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a - True, a / 2)
print(1j * 1j == -1, (1 + 0j) == 1, (1 + 1j) == 1, hash(1 + 0j) == hash(1))
for bad in ['1+', 'j1', '1 + 2j', '', 'abc', '1+2jj']:
    try:
        complex(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for op in [lambda: a < b, lambda: a // 2, lambda: a % 2, lambda: divmod(a, 2), lambda: int(a), lambda: float(a),
           lambda: 1 / 0j, lambda: complex('1', 2), lambda: complex([1])]:
    try:
        print(op())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(complex(1e20, 1e-20)), repr(complex(0.1, 0.2)), repr(complex(float('nan'), float('inf'))))
print('%s' % (1 + 2j), '{}'.format(1 - 1j), str(-1j), repr(-(0j)))
print(type(1j).__name__, isinstance(1j, complex), (2j).imag, (2j).real)
print(sum([1j, 2, 3.5]), [1j, 2j] == [1j, 2j], (1 + 2j) in [1 + 2j])
