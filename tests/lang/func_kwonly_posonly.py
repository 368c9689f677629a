# keyword-only and positional-only parameters
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, d=0))
print(f(1, 2, 3, 4, e=5, f=7))
def g(a, /, **kw):
    return a, sorted(kw.items())
print(g(1, a=2, b=3))
def h(*args, sep='-'):
    return sep.join(map(str, args))
print(h(1, 2, 3), h(1, 2, sep='+'))
def k(*, x):
    return x
print(k(x=1))
def only_pos(x, y=2, /):
    return x + y
print(only_pos(1), only_pos(1, 5))
calls = [
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, 4, 5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, e=1, g=2),
    lambda: k(1),
    lambda: k(),
    lambda: only_pos(x=1),
    lambda: only_pos(1, y=2),
    lambda: only_pos(),
    lambda: only_pos(1, 2, 3),
    lambda: h(1, sep='a', end='b'),
    lambda: f(1, 2, 3, c=3, e=5),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw)
print(mixed(1, c=3))
print(mixed(1, 2, 3, 4, c=5, z=6, y=7))
print(mixed(*[1, 2, 3], **{'c': 9, 'x': 0}))
try:
    mixed(1, 2, a=3, c=0)
except TypeError as e:
    print(type(e).__name__, e)
