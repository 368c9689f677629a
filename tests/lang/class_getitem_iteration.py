# old-style iteration via __getitem__ (IndexError ends it)
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Seq(5)))
print(3 * 3 in Seq(5), 7 in Seq(5))
for x in Seq(3):
    print('item', x)
a, b = Seq(2)
print(a, b)
print(sorted(Seq(4), reverse=True), sum(Seq(4)), max(Seq(4)))
it = iter(Seq(2))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('stop')
class Stops:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(Stops()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
class NoIter:
    pass
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
class IterNone(Seq):
    __iter__ = None
try:
    iter(IterNone(2))
except TypeError as e:
    print(type(e).__name__, e)
class Both(Seq):
    def __iter__(self):
        return iter(['from', '__iter__'])
print(list(Both(3)), Both(3)[2])
class Mapping:
    def __getitem__(self, k):
        return {'a': 1}[k]
try:
    for x in Mapping():
        pass
except KeyError as e:
    print('KeyError', e)
print(list(zip(Seq(3), 'abc')), list(enumerate(Seq(2))))
print(', '.join(map(str, Seq(4))))
