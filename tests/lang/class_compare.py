# rich comparison dunders, __eq__ and __hash__
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return 'V%d' % self.v
a, b, c = V(1), V(2), V(1)
print(a == c, a != c, a == b, a != b, a < b, a <= c, b > a, b >= a)
print(a == 1, 1 == a, a != 'x')
print(sorted([V(3), V(1), V(2)]), max(V(3), V(5)), min([V(4), V(2)]))
print(len({a, b, c}), a in {c}, {a: 'x'}[c])
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as e:
    print('TypeError', e)
try:
    {NoHash()}
except TypeError as e:
    print('TypeError', e)
class Default:
    pass
d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, d1 != d2, hash(d1) == hash(d1))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(1) < OnlyLt(2), OnlyLt(3) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print('TypeError', e)
class Weird:
    def __eq__(self, o):
        return 'truthy string'
print(Weird() == 1, [Weird()] == [1])
class NE:
    def __eq__(self, o):
        return False
print(NE() != NE())
x = NE()
print(x in [x], [x] == [x], x == x)
class Cnt:
    calls = 0
    def __eq__(self, o):
        Cnt.calls += 1
        return NotImplemented
print(Cnt() == Cnt(), Cnt.calls)
