# tuples
t = (1, 'a', 2.5)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], (), (1,), tuple(), 1, (1))
print(t + (3,), t * 2, (0,) * 3, () * 5, 2 * (1, 2))
print(tuple('abc'), tuple([1, 2]), tuple(range(3)), tuple(x for x in 'xy'), tuple({'k': 1}))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,), (2,) > (1, 9), (1, 2) != (2, 1))
print(t.count(1), t.index('a'), (1, 2, 1).count(1), (1, 2, 1).index(1, 1), 'a' in t)
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'pair'}[(1, 2)], hash(()) == hash(()))
x = (1, [2])
x[1].append(3)
print(x)
print(repr((1,)), str(('a',)), repr(((),)), (1, 2,), type(()).__name__)
print(max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)), list(reversed((1, 2, 3))))
def f():
    return 1, 2
print(f(), type(f()).__name__)
print(tuple(t) is t, t[:] is t)
print(tuple([1, 2]) == (1, 2), (1, 2) == [1, 2])
def t_(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t_(lambda: t[5])
t_(lambda: t.index('zz'))
t_(lambda: t + [1])
t_(lambda: hash((1, [2])))
t_(lambda: tuple(5))
def assign():
    t[0] = 1
t_(assign)
t_(lambda: t.append(1))
t_(lambda: (1, 'a') < ('a', 1))
t_(lambda: t['x'])
