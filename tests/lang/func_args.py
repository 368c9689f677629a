# function parameters: defaults, kw-only, pos-only, *args, **kwargs
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=5))
print(f(a=0, c=0, z=1))
def g(x, y, /, z, *, w):
    return x, y, z, w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
def h(x, /, **kw):
    return x, kw
print(h(1, x=2))
def defaults(a, l=[]):
    l.append(a)
    return l
print(defaults(1), defaults(2), defaults(3, []))
def none_default(a, l=None):
    if l is None:
        l = []
    l.append(a)
    return l
print(none_default(1), none_default(2))
n = 5
def evald(x=n):
    return x
n = 6
print(evald())
def only_kw(*, a, b=1):
    return a + b
print(only_kw(a=1), only_kw(b=5, a=1))
def star_only(*a):
    return a
print(star_only(), star_only(1), star_only(*range(3)))
def kw_only(**k):
    return sorted(k)
print(kw_only(), kw_only(b=1, a=2))
print(f.__name__, g.__defaults__, f.__defaults__, f.__kwdefaults__)
def rec(n):
    return 1 if n == 0 else n * rec(n - 1)
print(rec(20))
def ret_multi():
    return 1, 'two', [3]
print(ret_multi())
def noret():
    pass
print(noret())
