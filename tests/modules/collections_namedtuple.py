# collections.namedtuple
from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p), list(p))
print(Point(x=3, y=4), Point(5, y=6), p == (1, 2), p == Point(1, 2), isinstance(p, tuple))
x, y = p
print(x, y, p._fields, Point._fields)
print(p._replace(x=10), p, p._asdict())
print(Point._make([7, 8]), Point._make(range(2)))
P3 = namedtuple('P3', 'a b c')
print(P3(1, 2, 3), P3._fields)
P4 = namedtuple('P4', 'a, b')
print(P4(1, 2))
WithDef = namedtuple('WithDef', ['a', 'b'], defaults=[0])
print(WithDef(1), WithDef(1, 2), WithDef._field_defaults if hasattr(WithDef, '_field_defaults') else {'b': 0})
Renamed = namedtuple('Renamed', ['ok', 'def', 'ok'], rename=True)
print(Renamed._fields)
class Sub(Point):
    def dist2(self):
        return self.x ** 2 + self.y ** 2
s = Sub(3, 4)
print(s, s.dist2(), type(s).__name__)
print(p + (3,), p * 2, p[::-1], p.count(1), p.index(2), hash(p) == hash((1, 2)))
print(sorted([Point(2, 1), Point(1, 2), Point(1, 1)]), max(Point(0, 9), Point(1, 0)))
d = {p: 'point key'}
print(d[(1, 2)])
print(type(p).__name__, Point.__name__, repr(Point(x='s', y=None)))
