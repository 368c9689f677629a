# getattr / setattr / hasattr / delattr
class C:
    x = 1
    def m(self):
        return 'method'
    @property
    def p(self):
        return 'prop'
c = C()
print(getattr(c, 'x'), getattr(c, 'm')(), getattr(c, 'p'), getattr(c, 'nope', 'default'), getattr(C, 'x'))
setattr(c, 'y', 2)
setattr(c, 'x', 'instance x')
print(c.y, c.x, C.x, hasattr(c, 'y'), hasattr(c, 'z'), hasattr(C, 'y'))
delattr(c, 'x')
print(c.x)
setattr(C, 'added', 'class attr')
print(c.added, hasattr(c, 'added'))
delattr(C, 'added')
print(hasattr(c, 'added'))
print(getattr([], 'append').__name__, getattr('abc', 'upper')(), hasattr(1, 'real'), hasattr(1, 'nope'))
setattr(c, 'with space', 5)
print(getattr(c, 'with space'))
class Raiser:
    @property
    def bad(self):
        raise ValueError('property error')
    @property
    def attr_err(self):
        raise AttributeError('inner attribute error')
r = Raiser()
print(hasattr(r, 'attr_err'), getattr(r, 'attr_err', 'fallback'))
try:
    hasattr(r, 'bad')
except ValueError as e:
    print('ValueError propagates from hasattr:', e)
import sys
print(getattr(sys, 'nonexistent', None), hasattr(sys, 'argv'))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: getattr(c, 'zz'))
t(lambda: getattr(c, 1))
t(lambda: getattr(c))
t(lambda: setattr(c, 1, 2))
t(lambda: setattr(object(), 'x', 1))
t(lambda: delattr(c, 'never'))
t(lambda: hasattr(c, None))
t(lambda: setattr(c, 'p', 1))
t(lambda: delattr(1, 'real'))
