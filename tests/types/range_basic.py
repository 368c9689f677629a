# range objects
print(range(5), range(1, 5), range(1, 10, 2), range(5, 0, -1), range(0), range(-3, 3))
print(list(range(5)), list(range(1, 5)), list(range(1, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)))
r = range(2, 20, 3)
print(len(r), r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], r.start, r.stop, r.step)
print(5 in r, 6 in r, 20 in r, -1 in r, r.index(8), r.count(8), r.count(9))
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(0, 10 ** 30, 7)[10 ** 20])
print(range(3) == range(3), range(0) == range(5, 2), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
print(bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(3)))
print(range(-5, -1)[1], range(10, -10, -4)[-2], list(range(-10, -20, -3)))
print(len(range(0, -10)), len(range(0, 10, -1)), len(range(1, 2, 100)), len(range(-5, 5, 3)))
print(range(2, 9)[-3:], range(100)[10:20:5], range(10)[::-3], range(10)[100:])
for i in range(3):
    print('i', i)
it = iter(range(2))
print(next(it), next(it))
print(type(range(1)).__name__, range(True, 3), list(range(3))[True])
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: range(0, 10, 0))
def tn(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
tn(lambda: len(range(10 ** 20)))
t(lambda: range(1.5))
t(lambda: range('a'))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(5)[5])
t(lambda: range(5)[-6])
t(lambda: range(5).index(7))
t(lambda: range(5)['a'])
def ra():
    r = range(3)
    r[0] = 1
t(ra)
