# nested and starred unpacking patterns
(a, b), (c, *d) = (1, 2), [3, 4, 5]
print(a, b, c, d)
[x, [y, [z]]] = [1, [2, [3]]]
print(x, y, z)
first, *middle, (p, q) = [0, 1, 2, (8, 9)]
print(first, middle, p, q)
*a1, = 'abc'
print(a1)
(*b1, b2), c1 = 'xy', 'z'
print(b1, b2, c1)
for (k, *vs) in [('a', 1, 2), ('b',)]:
    print(k, vs)
h, *t = range(5)
print(h, t, type(t).__name__)
*s, = (1, 2)
print(s, type(s).__name__)
m, n = n, m = 1, 2
print(m, n)
i, j, k = (v * 2 for v in range(3))
print(i, j, k)
d = {'one': 1, 'two': 2}
k1, k2 = d
v1, v2 = d.values()
print(k1, k2, v1, v2)
(a, b), c = 'ab', 'c'
print(a, b, c)
def f():
    return 1, (2, 3)
u, (v, w) = f()
print(u, v, w)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as e:
    print('ValueError', e)
try:
    a, *b, c = 'x'
except ValueError as e:
    print('ValueError', e)
