# len()
print(len(''), len('abc'), len('日本'), len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({1: 2, 3: 4}))
print(len(set()), len({1, 1, 2}), len(frozenset('aab')), len(b''), len(b'ab'), len(bytearray(5)), len(range(10)))
print(len(range(0, 10, 3)), len(range(10, 0, -1)), len({}.keys()), len({'a': 1}.items()), len(memoryview(b'abc')))
class L:
    def __len__(self):
        return 7
class B(int):
    pass
class LB:
    def __len__(self):
        return B(3)
class LT:
    def __len__(self):
        return True
print(len(L()), len(LB()), len(LT()))
import array, collections
print(len(array.array('i', [1, 2])), len(collections.deque([1, 2, 3])), len(collections.OrderedDict(a=1)))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: len(5))
t(lambda: len(None))
t(lambda: len(iter([])))
t(lambda: len(x for x in []))
t(lambda: len())
t(lambda: len([], []))
class Neg:
    def __len__(self):
        return -1
t(lambda: len(Neg()))
class Flt:
    def __len__(self):
        return 1.0
t(lambda: len(Flt()))
