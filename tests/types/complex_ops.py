# complex arithmetic details
a = 1 + 2j
b = 3 - 1j
print(a + b, a - b, a * b, a / b, a ** 2, b ** 0, a ** 1)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - 1.5, 1.5 - a)
print(abs(3 + 4j), abs(-5j), abs(0j), (1 + 1j).conjugate(), (2j).real, (2j).imag)
print(complex(1, 2) == 1 + 2j, (1 + 2j) != (1 - 2j), 1j ** 2 == -1, (1 + 0j) == True)
print(complex('1e3+2.5e-1j'), complex('-j'), complex('+1.5J'), complex('(2+3j)'), complex(' 7 '))
print(complex(1 + 1j, 1), complex(1, 1j), complex(0.1, -0.2))
print(repr(1e20j), repr(1e-20 + 1j), repr(complex(float('inf'), 1)), repr(complex(0, float('nan'))))
print(repr(-0.0 + 0j), repr(0j * -1), repr(-(0j)), repr(complex(-0.0, -0.0)))
z = 3 + 4j
z += 1
z *= 1j
print(z, type(z).__name__)
print(sum([1j, 2j, 3]), [1j] * 2, (1j,) * 2)
print(hash(complex(2, 0)) == hash(2), hash(1j) == hash(1j), {1j: 'imag'}[1j])
print(pow(1 + 1j, 2), pow(2, 1j).real.__class__.__name__, (1j).__class__.__name__)
print(divmod(5, 2), complex(5) / complex(2))
print(format(3 + 4j, '.2f'), format(3 - 4j, '+.1e'), format(1.5j, ''), format(-2 + 0j, '^16'))
