# int methods and attributes: bit_count, as_integer_ratio, conjugate, numerator, __index__
for n in [0, 1, -1, 10, -10, 2 ** 65 + 3]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(),
          n.numerator, n.denominator, n.real, n.imag)
print((5).__index__(), (5).__int__(), (5).__float__(), (-5).__abs__(), (5).__neg__(), (5).__pos__())
print((7).__add__(3), (7).__radd__(3), (7).__sub__(3), (7).__rsub__(3), (7).__mul__(2))
print((7).__floordiv__(2), (7).__rfloordiv__(2), (7).__mod__(4), (7).__rmod__(40), (7).__pow__(2))
print((2).__pow__(10, 1000), (7).__truediv__(2), (7).__rtruediv__(14))
print((7).__and__(3), (7).__or__(8), (7).__xor__(1), (7).__lshift__(2), (7).__rshift__(1), (7).__invert__())
print((3).__lt__(4), (3).__eq__(3), (3).__ne__(3), (3).__ge__(4), (3).__eq__('3'))
print((3).__add__('x'), (3).__add__(1.5), (3).__mul__([1]))
print((3).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2), (-1250).__round__(-2))
print((3).__trunc__(), (3).__floor__(), (3).__ceil__(), (3).__bool__(), (0).__bool__())
print(int.__add__(1, 2), int.__name__, int.__mro__ if False else 'mro-skip')
print(divmod(17, 5), (17).__divmod__(5), (17).__rdivmod__(100))
try:
    (1).__add__()
except TypeError as e:
    print(type(e).__name__)
try:
    int.__add__('a', 1)
except TypeError as e:
    print(type(e).__name__)
print(True.bit_length(), True.numerator, False.as_integer_ratio(), True + True)
print((-(2 ** 100)).bit_count(), (2 ** 100 - 1).bit_count())
