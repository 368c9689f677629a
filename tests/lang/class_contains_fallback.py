# `in` uses __contains__, then __iter__, then __getitem__
class WithContains:
    def __contains__(self, x):
        print('contains', x)
        return x == 1
class WithIter:
    def __iter__(self):
        print('iter')
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
class ContainsReturnsObj:
    def __contains__(self, x):
        return [x]
print(1 in WithContains(), 2 in WithContains(), 2 not in WithContains())
print(3 in WithIter(), 5 in WithIter())
print(2 in WithGetitem(), 9 in WithGetitem())
print(0 in ContainsReturnsObj())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print(type(e).__name__, e)
class CNone:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    print(1 in CNone())
except TypeError as e:
    print(type(e).__name__, e)
class Eq:
    def __eq__(self, o):
        print('eq called')
        return True
print(Eq() in [1], 5 in [Eq()])
nan = float('nan')
print(nan in [nan], [nan] == [nan], nan == nan)
print('ab' in 'xaby', '' in 'abc', 'ba' in 'abc')
print(1 in {1: 2}, 2 in {1: 2}, (1, 2) in {(1, 2)})
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' in b'abc'
except TypeError as e:
    print(type(e).__name__, e)
print(97 in b'abc', b'bc' in b'abc', 300 in range(0, 1000, 3), 301 in range(0, 1000, 3))
g = (x for x in range(10))
print(5 in g, next(g))
