# function call error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b=2):
    return a, b
def g(x, /, y, *, z):
    return x, y, z
def k(**kw):
    return kw
t(lambda: f())
t(lambda: f(1, 2, 3))
t(lambda: f(1, c=3))
t(lambda: f(1, a=1))
t(lambda: g(1, 2, 3))
t(lambda: g(x=1, y=2, z=3))
t(lambda: g(1, 2))
t(lambda: g(1, z=3))
t(lambda: k(1))
# these messages include the qualified name in CPython: compare type only
def tn(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
tn(lambda: k(**{'a': 1}, **{'a': 2}))
tn(lambda: f(*5))
tn(lambda: f(**5))
t(lambda: f(**{1: 2}))
z0 = lambda: 0
z1 = lambda *, a: a
t(lambda: z0(1))
t(lambda: z1())
five, s, none = 5, 'abc', None
t(lambda: five())
t(lambda: s())
t(lambda: none())
