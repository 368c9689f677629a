# star-unpacking in calls
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*[1, 2], *(3,), 4, *range(5, 7)))
print(f(**{'a': 1}, b=2, **{'c': 3}))
print(f(1, *'ab', x=1, **dict(y=2)))
def g(a, b, c=0, *, d=0):
    return a, b, c, d
print(g(*[1, 2]))
print(g(*[1], **{'b': 5, 'd': 9}))
print(g(1, *(), 2, **{}))
args = (1, 2, 3)
print(g(*args))
print(*[1, 2, 3])
print(*'abc', sep='-')
print(*[], end='|\n')
print(*range(3), *range(3, 0, -1))
kw = {'sep': ':', 'end': '!\n'}
print(1, 2, **kw)
def h(*a):
    return len(a)
print(h(*[0] * 100))
print(f(*(x for x in range(3))))
print(f(*{1: 'a', 2: 'b'}))
