# reversed()
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(5))))
print(list(reversed(range(0, 10, 3))), list(reversed(b'ab')), list(reversed(bytearray(b'xy'))), list(reversed([])))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.values())), list(reversed({'a': 1, 'b': 2}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r), iter(r) is r)
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())))
l = [1, 2, 3]
it = reversed(l)
l.append(4)
print(list(it))
import collections
print(list(reversed(collections.deque([1, 2, 3]))), list(reversed(collections.OrderedDict(a=1, b=2))))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: reversed({1, 2}))
t(lambda: reversed(5))
t(lambda: reversed(iter([1])))
t(lambda: reversed(x for x in []))
t(lambda: reversed())
