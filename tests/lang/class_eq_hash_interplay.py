# __eq__ without __hash__ makes instances unhashable; hash/eq in dicts and sets
class EqOnly:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, EqOnly) and self.v == o.v
print(EqOnly.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Both) and self.v == o.v
    def __hash__(self): return hash(self.v)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(1) in s, Both(3) in s)
d = {Both('a'): 1}
d[Both('a')] = 2
print(len(d), d[Both('a')])
class HashOnly:
    def __hash__(self): return 42
h1, h2 = HashOnly(), HashOnly()
print(len({h1, h2}), h1 == h2, hash(h1))
class SameHash:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        SameHash.calls += 1
        return self.v == o.v
st = {SameHash(i) for i in range(5)}
print(len(st), SameHash(3) in st, SameHash.calls > 0)
class Child(Both):
    def __eq__(self, o): return True
try:
    hash(Child(1))
except TypeError as e:
    print('Child', type(e).__name__)
class Child2(Both):
    def __eq__(self, o): return True
    __hash__ = Both.__hash__
print(hash(Child2(5)) == hash(5))
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print(type(e).__name__, e)
print(1 == 1.0 == True, hash(1) == hash(1.0) == hash(True))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
print({0, 0.0, False, -0.0}, {(1, 2): 3}[(1.0, 2.0)])
class NE:
    def __eq__(self, o): return 'truthy-string'
print(NE() == 1, NE() != 1)
