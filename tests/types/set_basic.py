# set basics
s = {3, 1, 2}
print(s, len(s), 1 in s, 5 in s, set(), {1, 1, 2, 2}, set([5, 5, 6]), set(range(5)))
print(sorted(set('hello')), set((1, 2)), set({'k': 1}), set(x % 3 for x in range(10)))
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.discard(4)
s.remove(3)
print(s)
print(s.pop() in (1, 2), len(s))
s.clear()
print(s, set() == set(), bool(set()), bool({0}))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (8,)), a.intersection([1, 2], {2}), a.difference([1], [2]))
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} >= {1}, {1} > {1}, {1, 2} == {2, 1}, {1} != {2})
print({1, 2}.issubset([1, 2, 3]), {1, 2, 3}.issuperset((1,)), {1}.isdisjoint({2}), {1}.isdisjoint([1]))
c = {1, 2, 3}
c |= {4}
c &= {1, 2, 4, 5}
c -= {1}
c ^= {2, 9}
print(sorted(c))
c.update([10], (11,))
c.intersection_update(range(10, 20), [10, 11, 12])
print(c)
c.difference_update([10])
c.symmetric_difference_update([11, 12])
print(c)
d = {1, 2}
e = d.copy()
e.add(3)
print(d, e)
print({(1, 2), (1, 2)}, {None, None}, {1, 1.0, True}, {0, False, 0.0})
print(sorted({-1, -2, 5, 0}), sorted({10, 2, 33, 4}), sorted({100, 1, 50}))
print(type(set()).__name__, isinstance({1}, set), {1, 2}.__len__())
print(sorted({'banana', 'apple', 'cherry'}), max({3, 8, 1}), sum({1, 2, 3}))
