# reversed(): sequences, __reversed__, __len__+__getitem__ fallback, and errors
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1,))), list(reversed(range(5))), list(reversed(b'xy')))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1, 'b': 2}.values())), list(reversed({'a': 1}.items())))
print(list(reversed(range(10, 0, -3))), list(reversed([])), ''.join(reversed('stressed')))
class Custom:
    def __reversed__(self): return iter(['custom', 'reverse'])
print(list(reversed(Custom())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))
class NoLen:
    def __getitem__(self, i): return i
class NoneRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
for bad in [NoLen(), NoneRev(), {1, 2}, 5, iter([1]), (x for x in [])]:
    try:
        print(list(reversed(bad)))
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
l = [1, 2, 3]
rv = reversed(l)
l.append(4)
print(list(rv))
l2 = [1, 2, 3]
rv2 = reversed(l2)
l2.clear()
print(list(rv2))
class BadLen(Seq):
    def __len__(self): return -1
try:
    reversed(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
