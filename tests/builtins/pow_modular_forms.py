# pow() two- and three-argument forms, negative exponents, modular inverse
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(0.0, 0), pow(-8, 1 / 3).real > 0)
print(pow(3, 4, 5), pow(3, 0, 1), pow(-3, 3, 7), pow(3, 3, -7), pow(2, 100, 10 ** 9 + 7), pow(10 ** 30, 10 ** 5, 97))
print(pow(3, -1, 7), pow(2, -3, 11), pow(-5, -1, 13), (pow(17, -1, 3120) * 17) % 3120)
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ('2', 3), (0, -1), (0.0, -1), (1, 2, 3, 4)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, exp=3, mod=5), pow(-1, 0.5) if False else 'complex-skip', type(pow(2, -1)).__name__)
class P:
    def __pow__(self, e, m=None): return ('pow', e, m)
    def __rpow__(self, b): return ('rpow', b)
print(pow(P(), 2), pow(P(), 2, 3), pow(2, P()), P() ** 5, 3 ** P())
print(pow(1j, 2), pow(2, 0.5) ** 2 > 1.99, pow(10, -2), 2 ** 0.5 == pow(2, 0.5))
print(-2 ** 0.5, (-8) ** (1 / 3) == complex((-8) ** (1 / 3)), pow(True, 5), pow(5, False))
