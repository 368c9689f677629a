# hash() (numbers/tuples only) and id() (identity only)
print(hash(0), hash(1), hash(-1) == hash(-2), hash(100), hash(-100), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(0.0) == hash(-0.0), hash(1.5) == hash(1.5), hash(2 ** 100) == hash(2 ** 100))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash(1 + 0j) == hash(1), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(0.5), hash(-0.5), hash(1e100) == hash(int(1e100)))
print(type(hash(123456789012345678901234567890)).__name__)
class H:
    def __hash__(self):
        return 42
print(hash(H()), hash(H()) == hash(H()))
class Big:
    def __hash__(self):
        return 10 ** 30
print(type(hash(Big())).__name__)
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), id(None) == id(None), type(id(a)).__name__)
o = object()
print(id(o) == id(o), hash(o) == hash(o))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: hash([]))
t(lambda: hash({}))
t(lambda: hash(set()))
t(lambda: hash(([],)))
t(lambda: hash(bytearray()))
t(lambda: hash())
