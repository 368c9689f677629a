# sum()
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([1j, 2]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum(x * x for x in range(4)))
print(sum([2 ** 64, 2 ** 64]), sum([-1] * 1000), sum([], 5), sum(start=3, iterable=[1]) if False else sum([1], start=3))
print(sum({1: 'a', 2: 'b'}), sum({1, 2, 3}), sum(b'\x01\x02'), sum([0.5, 0.25, 0.125]), sum([1e100, 1.0, -1e100]))
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        return Acc(o + self.v)
print(sum([Acc(1), Acc(2)]).v, sum([Acc(1)], Acc(10)).v)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sum(['a', 'b'], ''))
t(lambda: sum([b'a'], b''))
t(lambda: sum([bytearray(b'a')], bytearray()))
t(lambda: sum(['a']))
t(lambda: sum(5))
t(lambda: sum([1, None]))
t(lambda: sum())
t(lambda: sum([[1]]))
