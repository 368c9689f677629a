# set methods: every mutating and non-mutating method, with ints only
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a.union(b, [6])), sorted(a.intersection(b, range(4))), sorted(a.difference(b, {1})), sorted(a.symmetric_difference(b)))
print(a.issubset({1, 2, 3, 4, 5}), a.issuperset([1, 2]), a.isdisjoint({9}), a.isdisjoint(b), set().issubset(a))
c = set(a)
c.add(10); c.add(1)
c.discard(2); c.discard(99)
c.remove(3)
print(sorted(c))
try:
    c.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
d = set(range(6))
d.update([10], (11,), {12})
d.intersection_update(range(3, 12))
print(sorted(d))
d.difference_update([3, 4], {10})
print(sorted(d))
d.symmetric_difference_update({5, 6, 7})
print(sorted(d))
e = {1, 2}
x = e.pop()
print(len(e), x in (1, 2))
e.clear()
try:
    e.pop()
except KeyError as ex:
    print(type(ex).__name__, ex)
f = {1, 2}
g = f.copy()
g.add(3)
print(sorted(f), sorted(g), f < g, f <= f, f < f, g > f, g >= g, f == {2, 1}, f != g)
for bad in [lambda: a.union(5), lambda: a.issubset(3), lambda: a | [1], lambda: a & 'ab', lambda: a < [1], lambda: set([[]]),
            lambda: a.add([])]:
    try:
        print(bad())
    except TypeError as ex:
        print(type(ex).__name__, ex)
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), sorted(b - a))
h = {1}
h |= {2}; h &= {1, 2, 3}; h -= {3}; h ^= {4}
print(sorted(h), len(set()), set() == frozenset(), {1, 2} == frozenset({1, 2}))
print(sorted({x % 5 for x in range(100)}), 3 in {1, 2, 3}, [] in [{1}] if False else 'skip')
