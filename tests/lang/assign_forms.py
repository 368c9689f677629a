# assignment forms
a = b = c = 5
print(a, b, c)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = 'ab'
print(m, n)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, tl = 'hello'
print(h, mid, tl)
u, *v = [1]
print(u, v)
(a1, *a2), a3 = [1, 2, 3], 4
print(a1, a2, a3)
lst = [0, 0, 0]
lst[0], lst[1] = 5, 6
print(lst)
i = 0
i, lst[i] = 1, 9
print(i, lst)
d = {}
d['k'] = d['j'] = 1
print(sorted(d.items()))
class O: pass
o = O()
o.a, o.b = 'A', 'B'
print(o.a, o.b)
lst = list(range(10))
lst[2:5] = ['x']
print(lst)
lst[::3] = [7, 7, 7]
print(lst)
lst[:] = []
print(lst)
for k, (v1, v2) in [(1, (2, 3)), (4, (5, 6))]:
    print(k, v1, v2)
x = y = []
x.append(1)
print(y)
a, b, c = {'z': 1, 'y': 2, 'x': 3}
print(a, b, c)
