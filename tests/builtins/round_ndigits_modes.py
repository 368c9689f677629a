# round(): banker's rounding, ndigits positive/negative/None, ints, and type of result
print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675]])
print([round(x, 2) for x in [2.675, 1.005, 0.125, 0.375, -0.125, 1.0049999]], round(2.5, 0), round(3.5, None))
print([round(x, -1) for x in [15, 25, 35, -15, 14.9, 15.0, 25.0]], round(1234.5678, -2), round(1234.5678, 1))
print(round(5, 2), round(123, -1), round(125, -1), round(135, -1), round(-125, -1), round(10 ** 20 + 5, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 1)).__name__, type(round(True)).__name__)
print(round(0.1 + 0.2, 15), round(1e300, 2), round(1e-300, 5), round(-0.0), round(-0.4), round(0.0, 3))
for bad in [lambda: round('1.5'), lambda: round(1.5, 1.0), lambda: round(1.5, '1'), lambda: round(), lambda: round(float('inf')),
            lambda: round(float('nan')), lambda: round(1, 2, 3), lambda: round(None)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None): return ('round', n)
print(round(R()), round(R(), 3), round(R(), None))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
print(round(123.456, 10), round(123.456, 400), round(123.456, -400), round(5e-324, 400))
print([round(i / 8, 2) for i in range(9)])
print('%.2f' % 2.675, format(2.675, '.2f'), round(2.675, 2) == 2.67)
