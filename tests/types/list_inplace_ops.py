# list +=, *=, slice assignment aliasing, and identity preservation
a = [1, 2]
alias = a
a += [3]
print(a, alias is a)
a *= 2
print(a, alias is a)
a = a + [9]
print(a, alias is a, alias)
b = [0]
b *= 0
print(b)
c = [[0]] * 3
c[0].append(1)
print(c)
d = [[0] for _ in range(3)]
d[0].append(1)
print(d)
e = [1, 2, 3]
e += e
print(e)
e[:] = e[::-1]
print(e)
f = [1, 2, 3, 4, 5]
f[1:3] = f
print(f)
g = [1, 2, 3]
g[len(g):] = [4, 5]
g[:0] = [-1, 0]
print(g)
h = list(range(6))
h[1::2] = ['a', 'b', 'c']
print(h)
try:
    h[::2] = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    h[1:2] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
h[2:4] = 'xy'
print(h)
h[1:1] = range(2)
print(h)
i = [1]
i *= -3
print(i)
try:
    i * 1.5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    [1] + (2,)
except TypeError as ex:
    print(type(ex).__name__, ex)
j = [1]
j += (2, 3)
j += {4: 0}
print(j, [0] * 3 + [1] * 2, 2 * [None])
