# range objects: attributes, index/count, slicing, reversal, comparisons, errors
r = range(2, 20, 3)
print(r, r.start, r.stop, r.step, len(r), list(r), r[0], r[-1], r[2:4], r[::-1], r[::2])
print(r.index(8), r.count(8), r.count(9), 8 in r, 9 in r, 2.0 in r, '2' in r)
try:
    r.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
for args in [(0,), (1, 0), (5, 0, 1), (0, 10, -1), (10, 0, -3), (-5, 5, 2)]:
    q = range(*args)
    print(args, list(q), len(q), bool(q), list(reversed(q)))
print(range(0) == range(5, 2), range(0, 3) == range(3), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2))
print(list(range(10)[2:8:3]), range(10)[-3:], range(10)[::-3], range(5)[10:], range(-5, 5)[::-1][1])
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range('a'), lambda: range(), lambda: range(1, 2, 3, 4)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 4
print(list(range(I())), range(10)[I()])
print(repr(range(3)), repr(range(1, 3)), repr(range(1, 3, 2)), str(range(0, -1, -1)))
print(sum(range(101)), max(range(3, 9)), min(range(9, 3, -2)), sorted(range(3), reverse=True))
print(range(3).__len__(), iter(range(3)).__next__(), tuple(range(3)) == (0, 1, 2))
it = iter(range(3))
next(it)
print(list(it), list(it))
