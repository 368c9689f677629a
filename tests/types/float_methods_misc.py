# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, __round__, etc.
for v in [0.0, 1.0, 2.5, -0.75, 0.1, 1e20, 3.0e-5]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.conjugate())
for s in ['0x1.8p1', '-0x1p-2', '0x.8', '0X1P+4', 'inf', '  0x10  ', '0x1.fffffffffffffp1023']:
    print(s, float.fromhex(s))
for s in ['', '0x', 'xyz', '0x1p', '0x1.8p99999']:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (-2.5).__round__(), (1234.5).__round__(-2))
print((2.7).__trunc__(), (-2.7).__trunc__(), (2.7).__floor__(), (-2.7).__floor__(), (2.2).__ceil__(), (-2.2).__ceil__())
print((1.5).real, (1.5).imag, (1.5).__int__(), (1.5).__float__(), (-1.5).__abs__(), (1.5).__neg__())
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__('a'), (1.5).__mul__(2), (1.5).__rtruediv__(3))
print((1.5).__eq__(1.5), (1.5).__lt__(2), (1.5).__eq__(None), (7.5).__divmod__(2), (7.5).__mod__(2))
print(float.__name__, type(1.5).__name__, isinstance(1.5, float), float(), float(7), float(' -0 '))
print(float('1_0.5'), float('.5e-2'), float(True), float(10 ** 300))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
for bad in ['', ' ', '1.2.3', '1e', 'e5', '--1', '0x10', '1_', '_1', 'in f', 'nanx']:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(float(F()), float(I()))
class BadF:
    def __float__(self): return 1
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
