# hash() consistency rules: equal numbers hash equal, tuples/frozensets, unhashables
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2 ** 64) == hash(float(2 ** 64)), hash(1.5) == hash(1.5), hash(-1) == hash(-1.0), hash(10 ** 30) == hash(10 ** 30))
print(hash(complex(3, 0)) == hash(3), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash('abc') == hash('ab' + 'c'), hash(b'abc') == hash(bytes([97, 98, 99])), hash(()) == hash(tuple()))
print(type(hash('x')).__name__, type(hash(1.5)).__name__, hash(None) == hash(None))
for bad in [[1], {1: 2}, {1}, bytearray(b'x'), ([1], 2), slice(1, 2) if False else [[]]]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
print(hash(H(5)), hash(H(-1)) == hash(H(-1)), hash(H(2 ** 70)) == hash(2 ** 70))
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class FloatHash:
    def __hash__(self): return 1.5
try:
    hash(FloatHash())
except TypeError as e:
    print(type(e).__name__, e)
o = object()
print(hash(o) == hash(o), type(hash(o)).__name__)
def f(): pass
print(hash(f) == hash(f), hash(int) == hash(int), hash(len) == hash(len))
print(len({1, 1.0, True}), len({(1, 'a'), (1.0, 'a')}), len({0, -0.0, False}))
print(hash(-1), hash(-2), hash(1), hash(0), hash(12345), hash(-12345))
