# sum() with start values of many types and its restrictions
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], 5), sum(range(101)), sum([0.1] * 10), sum([1, 2.5, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2], 0.5), sum((x * x for x in range(4)), start=1))
print(sum([10 ** 20, 10 ** 20]), sum([-1, 1.0]), type(sum([1, 2.0])).__name__, type(sum([])).__name__, sum([True, True]))
for bad in [lambda: sum(['a', 'b']), lambda: sum(['a'], ''), lambda: sum([b'a'], b''), lambda: sum([bytearray(b'a')], bytearray()),
            lambda: sum([1, 'a']), lambda: sum(5), lambda: sum(), lambda: sum([1], 2, 3), lambda: sum([[1]])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o): return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self): return 'Money(%d)' % self.c
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(10)))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum([float('inf'), 1]), sum([1, float('nan')]) != 0)
print(sum({1: 'a', 2: 'b'}), sum({3, 4}), sum(b'\x01\x02'), sum(map(len, ['ab', 'c'])))
