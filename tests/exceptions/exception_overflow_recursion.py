# OverflowError, RecursionError, ZeroDivisionError variants
for fn in [lambda: 2.0 ** 10000, lambda: float(10 ** 400), lambda: 10 ** 400 / 1, lambda: int(float('inf')),
           lambda: round(float('inf')), lambda: (1e308).__mul__(10), lambda: 1e308 * 10, lambda: pow(10.0, 400),
           lambda: 10 ** -400 if False else (10 ** 400) * 1.0]:
    try:
        print(fn())
    except OverflowError as e:
        print(type(e).__name__, e)
for fn in [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.5 % 0,
           lambda: divmod(5, 0), lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: pow(0, -2), lambda: (1 + 1j) / 0,
           lambda: 10 ** 50 // 0, lambda: 10 ** 50 / 0]:
    try:
        print(fn())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError), issubclass(RecursionError, RuntimeError))
def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print(type(e).__name__, 'maximum recursion depth exceeded' in str(e))
def still_works():
    return 'recovered'
print(still_works())
class Deep:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    Deep().a
except RecursionError as e:
    print('getattr recursion', type(e).__name__)
