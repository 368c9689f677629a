# in-place operators: __iadd__ etc, fallback to binary op, returning NotImplemented
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return 'Vec(%s)' % ', '.join(map(str, self.xs))
    def __add__(self, o):
        print('__add__')
        return Vec(*[a + b for a, b in zip(self.xs, o.xs)])
    def __iadd__(self, o):
        print('__iadd__')
        for i, b in enumerate(o.xs):
            self.xs[i] += b
        return self
    def __mul__(self, k):
        print('__mul__')
        return Vec(*[a * k for a in self.xs])
v = Vec(1, 2)
w = v
v += Vec(10, 20)
print(v, w, v is w)
v *= 3
print(v, w, v is w)
class OnlyBinary:
    def __init__(self, n): self.n = n
    def __sub__(self, o): return OnlyBinary(self.n - o)
    def __rsub__(self, o): return OnlyBinary(o - self.n)
x = OnlyBinary(10)
x -= 3
print(x.n)
y = 100
y -= OnlyBinary(1)
print(y.n)
class Declines:
    def __iadd__(self, o):
        print('iadd declines')
        return NotImplemented
    def __add__(self, o):
        print('add used')
        return 'sum'
d = Declines()
d += 1
print(d)
class NoneReturn:
    def __ior__(self, o):
        pass
n = NoneReturn()
n |= 5
print(n)
class All:
    def __init__(self): self.log = []
    def _op(name):
        def f(self, o):
            self.log.append(name)
            return self
        return f
    for nm in ['__isub__', '__imul__', '__itruediv__', '__ifloordiv__', '__imod__', '__ipow__',
               '__ilshift__', '__irshift__', '__iand__', '__ixor__', '__ior__', '__imatmul__']:
        locals()[nm] = _op(nm)
a = All()
a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1
a <<= 1; a >>= 1; a &= 1; a ^= 1; a |= 1; a @= 1
print(a.log)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
l = [1]
l2 = l
l += 'ab'
print(l, l2 is l)
try:
    l = [1]
    l = l + 'ab'
except TypeError as e:
    print(type(e).__name__, e)
try:
    z = object()
    z += 1
except TypeError as e:
    print(type(e).__name__, e)
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tl)
