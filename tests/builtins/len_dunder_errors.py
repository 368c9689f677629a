# len() on builtins and __len__ implementations, with error cases
print(len(''), len('héllo'), len(b'\x00\x01'), len([1, [2, 3]]), len((1,)), len({1: 2, 3: 4}), len({1, 1, 2}))
print(len(range(0, 10, 3)), len(range(10, 0)), len(frozenset('abc')), len(bytearray(5)), len(memoryview(b'abc')))
print(len({}.keys()), len({1: 2}.items()), len({1: 2}.values()), len('😀'), len('\u00e9'), len('e\u0301'))
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(0)), len(L(5)), len(L(True)))
for bad in [L(-1), L(1.5), L('3'), L(None)]:
    try:
        print(len(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    len(L(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
class IdxLen:
    def __len__(self):
        class N:
            def __index__(self): return 4
        return N()
try:
    print(len(IdxLen()))
except TypeError as e:
    print(type(e).__name__, e)
for bad in [5, 1.5, None, iter([]), (x for x in []), object(), len]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
class LenRaises:
    def __len__(self): raise KeyError('inside len')
try:
    len(LenRaises())
except KeyError as e:
    print(type(e).__name__, e)
