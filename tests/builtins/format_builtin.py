# format()
print(format(5), format(5, ''), format(5, 'd'), format(5, '>4'), format(3.5), format(3.5, '.3f'), format('s', '^5'))
print(format(255, 'x'), format(255, '#010x'), format(1e6, ',.1f'), format(0.1234, '.1%'), format(True), format(None))
print(format([1, 2]), format((1,)), format({'a': 1}), format(1j), format(b'x'))
class F:
    def __format__(self, spec):
        return 'F(%s)' % spec
print(format(F()), format(F(), 'spec'), '{:abc}'.format(F()))
class NoFormat:
    def __str__(self):
        return 'nf'
print(format(NoFormat()), format(NoFormat(), ''))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: format(NoFormat(), 'x'))
t(lambda: format(1, 'q'))
t(lambda: format('a', 'd'))
t(lambda: format())
t(lambda: format(1, 2))
class BadFormat:
    def __format__(self, spec):
        return 5
t(lambda: format(BadFormat()))
