# ranges whose bounds or length do not fit 64 bits behave as CPython's
M = 2 ** 63


def show(f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(r)


# length: len() raises past sys.maxsize, bool() and == still work
for r in [range(-M, M - 1), range(-M, M - 1, 2), range(-M, M), range(M), range(M - 1),
          range(2 ** 64), range(2 ** 100), range(0, -2 ** 100, -1), range(-M, 0),
          range(0, M - 1, 2), range(5, -M, -1), range(2 ** 64, 2 ** 64 + 3),
          range(2 ** 64, 0), range(10 ** 30, 10 ** 30 - 7, -2)]:
    show(lambda: len(r))
    show(lambda: r.__len__())
    print(r, bool(r), r.start, r.stop, r.step, type(r.start).__name__)

# indexing, negative indexing, big indices
r = range(2 ** 64)
print(r[5], r[-1], r[2 ** 63], r[-2 ** 64], r[True])
show(lambda: r[2 ** 64])
show(lambda: r[-2 ** 64 - 1])
print(range(2 ** 100)[-1] == 2 ** 100 - 1, range(2 ** 100)[2 ** 90] == 2 ** 90)
print(range(M - 1)[::-1][0], range(M - 1)[::-1][-1], range(-M, M - 1)[M], range(-M, M - 1)[-1])
print(range(-M + 2, M - 1, 2)[-1], range(-M + 2, M - 1, 2)[M // 2], range(M - 1, -M + 1, -2)[-1], len(range(-M + 2, M - 1, 2)))
print(range(-M, M - 1, 2)[-1], range(-M, M, 3)[M // 3 * 2])
show(lambda: range(10)[2 ** 100])
show(lambda: range(10)[-2 ** 100])
show(lambda: range(10)['a'])
show(lambda: range(10)[1.5])
show(lambda: range(2 ** 70)[None])

# slicing: results are ranges, steps are not clamped
print(range(10)[::2 ** 100], range(10)[2 ** 100:], range(10)[-2 ** 100:2 ** 100:-2 ** 70])
print(range(2 ** 64)[::-1], range(2 ** 64)[10:-10:3], range(2 ** 64)[-5:])
print(range(-M, M)[::M], range(M - 1)[::-1], range(0, M - 1, M // 2)[::-1])
print(range(10 ** 20, 0, -10 ** 18)[3:7], range(10 ** 20, 0, -10 ** 18)[::-3])
print(range(3)[::M - 1], range(3)[::-M], range(3)[-M::-1], range(5)[M:-M:-2])
print(range(M - 10, M - 1)[::2], range(-M, -M + 10)[::-4])
show(lambda: range(2 ** 70)[::0])
show(lambda: range(10)[::0])
show(lambda: range(10)[1:'a'])
show(lambda: range(2 ** 70)[1.0:])

# containment, count, index
r = range(-10 ** 30, 10 ** 30, 7)
print(-10 ** 30 in r, -10 ** 30 + 7 in r, -10 ** 30 + 8 in r, 10 ** 30 in r, 0 in r, 2 in r)
print(r.count(-10 ** 30 + 14), r.count(3), r.index(-10 ** 30 + 14), r.index(-10 ** 30 + 7 * 10 ** 25))
show(lambda: r.index(5))
show(lambda: r.index(10 ** 40))
print(True in range(2 ** 64), False in range(1, 2 ** 64), range(2 ** 64).index(True))
print(range(2 ** 64).index(2 ** 63), range(-M, M - 1).index(M - 2), range(M, -M, -1).index(-M + 1))
print(2.0 in range(2 ** 64), range(2 ** 64).index(3.0), range(2 ** 64, 2 ** 64 + 9).count(2.0 ** 64))
print(1.5 in range(3), range(3).count(1.0), range(0, 2 ** 65, 2 ** 64).count(2.0 ** 64))
show(lambda: range(3).index(1.5))
show(lambda: range(1, 3).index(False))
show(lambda: range(3).index(7))
print(M - 1 in range(M - 1), M - 2 in range(M - 1), -M in range(-M, 0), M in range(-M, M + 1, M))


class Int(int):
    def __eq__(self, other):
        return other == 2 ** 64 + 1


print(Int(0) in range(2 ** 64, 2 ** 64 + 3), range(2 ** 64, 2 ** 64 + 3).index(Int(0)))
print(range(2 ** 64, 2 ** 64 + 3).count(Int(7)))

# equality and hash
print(range(2 ** 64, 0) == range(0), range(2 ** 64, 2 ** 64 + 1) == range(2 ** 64, 2 ** 65, 2 ** 66))
print(range(5, 6) == range(5, 2 ** 70, 2 ** 80), range(0, 2 ** 70, 2) == range(0, 2 ** 70 - 1, 2))
print(range(0, 2 ** 70, 2) == range(0, 2 ** 70, 3), range(M) == range(0, M, 1), range(M) != range(M + 1))
print(hash(range(2 ** 64, 0)) == hash(range(0)), hash(range(5, 2 ** 70, 2 ** 80)) == hash(range(5, 6)))
print(hash(range(2 ** 64)) == hash(range(0, 2 ** 64, 1)), hash(range(0, 2 ** 70, 2)) == hash(range(0, 2 ** 70 - 1, 2)))
print(len({range(2 ** 64), range(0, 2 ** 64), range(1, 2 ** 64)}))

# iteration and reversal
r = range(2 ** 64 - 2, 2 ** 64 + 2)
print(list(r), list(reversed(r)), list(r.__reversed__()))
print(list(range(M - 3, M + 2, 2)), list(reversed(range(-M - 2, -M + 3, 2))))
it = iter(range(-M, M - 1))
print(next(it), next(it), type(it).__name__)
it = reversed(range(-M, M - 1))
print(next(it), next(it), type(it).__name__)
print(list(range(10 ** 20, 10 ** 20 + 30, 10)), list(reversed(range(10 ** 20, 10 ** 20 + 30, 10))))
print(sum(range(2 ** 64, 2 ** 64 + 1000)), max(range(-2 ** 70, -2 ** 70 + 5)))
print(list(zip(range(2 ** 100, 2 ** 100 + 3), range(3))))
a, b, c = range(M - 1, M + 2)
print(a, b, c)
print(list(range(0, 2 ** 70, 2 ** 68)), [x for x in range(M, M - 3, -1)])
for r in [range(0, M - 1, 2), range(0, M - 1), range(-M, 0), range(M - 5, M - 1), range(-M, -M + 5),
          range(5, -M, -1), range(0, -M, -3), range(-M + 1, 0), range(0, -M + 1, -1), range(5, 0, -M),
          range(-M, 5, M - 1), range(M - 1, 0, -M + 1), range(-M + 2, 0, 3), range(0, M - 1, M - 1),
          range(M - 1), range(0), range(2 ** 64, 2 ** 64 + 1), range(M - 1, -M, -M)]:
    f, b = iter(r), reversed(r)
    print(r, type(f).__name__, type(b).__name__, [next(f, None) for _ in range(3)], [next(b, None) for _ in range(3)])

# construction: any int, __index__, errors
class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(range(Idx(2 ** 70)), range(Idx(-5), Idx(2 ** 65), Idx(2 ** 64)), range(True, 2 ** 64, True))
show(lambda: range(0, 2 ** 100, 0))
show(lambda: range(2 ** 100, 1.5))
show(lambda: range(Idx('x')))
show(lambda: range(Idx(1.5), 2))
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(2 ** 64, stop=3))
show(lambda: range(2 ** 64) < range(2 ** 65))
print(repr(range(-2 ** 64, 2 ** 64, -1)), str(range(2 ** 64, 2 ** 65, 1)))
print(range(10)[Idx(2)], range(2 ** 70)[Idx(-1)] == 2 ** 70 - 1, range(10)[Idx(1):Idx(8):Idx(3)])
show(lambda: range(10)[Idx('x')])
show(lambda: range(10)[Idx(1):Idx('y')])

# the dunder methods reach the same code
r = range(2 ** 64, 2 ** 64 + 10, 3)
print(r.__contains__(2 ** 64 + 3), r.__getitem__(-1), r.__getitem__(slice(1, None)), r.__hash__() == hash(r))
print(r.__eq__(range(2 ** 64, 2 ** 64 + 12, 3)), r.__ne__(range(2 ** 64, 2 ** 64 + 9, 3)), list(r.__iter__()))
show(lambda: range(2 ** 64).__len__())
