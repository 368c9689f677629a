# more list operations: in-place ops, aliasing, nested mutation, identity
a = [1, 2, 3]
b = a
a += [4]
print(a is b, b)
a = a + [5]
print(a is b, a, b)
c = [[]] * 3
c[0].append('shared')
print(c)
d = [[] for _ in range(3)]
d[0].append('own')
print(d)
e = [1, 2, 3, 4, 5, 6]
print(e[::2], e[1::2], list(zip(e[::2], e[1::2])))
e[:] = [x for x in e if x % 2]
print(e)
f = list(range(10))
while f and f[-1] > 5:
    f.pop()
print(f)
g = [3, 1, 2]
h = sorted(g) + g
print(h, h.count(3), h.index(2))
i = [0] * 3 + [1] * 2
print(i, len(i), i.count(0))
nested = [1, [2, [3, [4]]]]
nested[1][1][1].append(5)
print(nested)
print([1, 2] * 0, [] * 100, [None] * 2)
m = list('abc')
m.extend(m)
print(m)
m[len(m):] = 'z'
print(m)
print([x for x in [[1, 2], [3]] if len(x) > 1], [y for x in [[1, 2], [3]] for y in x])
