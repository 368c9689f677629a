# __slots__
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y)
p.x = 10
print(p.x)
try:
    p.z = 3
except AttributeError:
    print('AttributeError on new attribute')
print(hasattr(p, '__dict__'))
class Q(P):
    pass
q = Q(1, 2)
q.z = 3
print(q.z, hasattr(q, '__dict__'))
class R:
    __slots__ = ['a']
r = R()
try:
    r.a
except AttributeError:
    print('unset slot raises AttributeError')
r.a = 'set'
print(r.a)
del r.a
print(hasattr(r, 'a'))
print(P.__slots__, R.__slots__)
class S:
    __slots__ = 'only'
s = S()
s.only = 1
print(s.only)
