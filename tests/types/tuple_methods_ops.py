# tuple methods, operations, hashing, and immutability errors
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(2), t.index(2, 2), t.index(1, -1), len(t), t[1:4], t[::-1])
for args in [(9,), (3, 3)]:
    try:
        t.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
print(t + (4,), t * 2, 2 * (0,), (1,) * 0, () + (), (1,) * -1)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 9, 9), (1, 'a') == (1, 'a'))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): 'a'}[(1, 2)])
for bad in [lambda: hash(([],)), lambda: t.__setitem__(0, 1), lambda: t + [1], lambda: t * 'a', lambda: t[10],
            lambda: t.append(1), lambda: {(1, {}): 1}]:
    try:
        print(bad())
    except (TypeError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
a = (1, [2])
a[1].append(3)
print(a)
print(tuple(), tuple('ab'), tuple([1, 2]), tuple({3: 4}), tuple(range(3)), tuple(x for x in 'xy'))
one = 1,
print(one, type(one).__name__, (1), type((1)).__name__, ((),), len(((),)))
x, = [5]
print(x)
print(max((1, 'b'), (1, 'a')), sorted([(2, 1), (1, 2), (1, 1)]), min([(0, 'z'), (0, 'a')]))
print((1, 2, 3) == (1, 2, 3.0), (1, 2) != (2, 1), (1,) in [(1,), 2], 3 in (1, 2, 3))
nt = ((1, 2), (3, 4))
print([a + b for a, b in nt], dict(nt), list(zip(*nt)))
print(repr((1,)), repr(()), str(('a', "b'")), repr((None, True, 1.5)))
