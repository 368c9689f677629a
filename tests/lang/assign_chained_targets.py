# chained assignment: value evaluated once, targets assigned left to right
log = []
def val():
    log.append('val')
    return [1, 2]
a = b = val()
print(a, b, a is b, log)
class Rec:
    def __setitem__(self, k, v):
        log.append(('set', k, v))
    def __setattr__(self, k, v):
        log.append(('attr', k, v))
log.clear()
r = Rec()
r[0] = r.x = r[1] = 7
print(log)
x = [0, 0, 0]
i = 0
i = x[i] = 2
print(i, x)
x = [0, 0, 0]
i = 0
x[i] = i = 2
print(i, x)
p, q = q, p = 1, 2
print(p, q)
a, *b = c = 'hello'
print(a, b, c)
d = {}
d['a'] = d['b'] = d
print(sorted(d.keys()), d['a'] is d)
first, (second, third), *rest = [1, (2, 3), 4, 5]
print(first, second, third, rest)
[m, n] = (o, p2) = 'xy'
print(m, n, o, p2)
t = u = v = 0
t += 1
print(t, u, v)
lst = [1, 2, 3]
lst[0], lst[1] = lst[1], lst[0]
print(lst)
lst[1:] = lst[0], = [9]
print(lst)
try:
    a = b, c = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e, a)
try:
    a, b = c = 5
except TypeError as e:
    print(type(e).__name__, e, c)
