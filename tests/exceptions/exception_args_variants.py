# exception args, str/repr with zero/one/many args, and non-string args
cases = [ValueError(), ValueError('one'), ValueError('a', 'b'), ValueError(42), ValueError(None), ValueError(''),
         ValueError(('tuple',)), ValueError([1, 2]), KeyError('k'), KeyError(), KeyError('a', 'b'), KeyError(5),
         IndexError(0), Exception('x', 1, [2]), OSError(2, 'No such file'), StopIteration(7), SystemExit(3)]
for e in cases:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError('orig')
e.args = ('changed', 2)
print(str(e), repr(e), e.args)
e.args = ['list']
print(e.args, type(e.args).__name__)
class WithInit(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
w = WithInit(404, 'not found')
print(w.args, str(w), repr(w), w.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(n.args, str(n), repr(n))
class StrOverride(Exception):
    def __str__(self):
        return 'custom str for %s' % (self.args,)
print(str(StrOverride(1)), repr(StrOverride(1)))
try:
    raise StrOverride('x', 'y')
except Exception as ex:
    print('%s' % ex, '{}'.format(ex), f'{ex!r}')
print(BaseException('base').args, str(ArithmeticError('arith')), repr(UnicodeError('u')))
