# range() builtin as used in loops and with various argument types
total = 0
for i in range(10):
    total += i
print(total)
print([i for i in range(2, 12, 3)], [i for i in range(12, 2, -3)], [i for i in range(-5)], [i for i in range(0, -5, -1)])
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(list(range(Idx(3))), list(range(Idx(1), Idx(7), Idx(2))), range(True))
print(range(5)[Idx(2)], list(range(10)[Idx(1):Idx(9):Idx(3)]))
r = range(1, 10)
print(r.index(5), r.count(5), 9 in r, 10 in r, 5.0 in r, '5' in r)
print(list(range(2 ** 64, 2 ** 64 + 3)), range(2 ** 64)[-1] == 2 ** 64 - 1)
print(len(range(-(2 ** 40), 2 ** 40, 2 ** 20)))
print(sum(range(1, 1000, 7)), max(range(3, 100, 9)), list(map(lambda x: x * x, range(4))))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: range(1, 2, 0))
t(lambda: range('1'))
t(lambda: range(1.0, 2))
t(lambda: range(None))
t(lambda: range(1, 2, step=1))
t(lambda: range(3).index(3))
