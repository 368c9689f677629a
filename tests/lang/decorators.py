# decorators
def trace(f):
    def wrapper(*a, **k):
        print('call', f.__name__, a, sorted(k.items()))
        return f(*a, **k)
    return wrapper
@trace
def add(a, b=0):
    return a + b
print(add(1, b=2))
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(x):
    return 'hi ' + x
print(hello('bob'))
def d1(f):
    return lambda: 'd1(' + f() + ')'
def d2(f):
    return lambda: 'd2(' + f() + ')'
@d1
@d2
def base():
    return 'base'
print(base())
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def a(): pass
@register
def b(): pass
print(registry)
def add_attr(cls):
    cls.extra = 'added'
    return cls
@add_attr
class K:
    pass
print(K.extra)
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class S:
    def __init__(self, v):
        self.v = v
print(S(1).v, S(2).v, S(1) is S(3))
decos = {'x': d1}
@decos['x']
def sub():
    return 'sub'
print(sub())
@(lambda f: f() * 2)
def value():
    return 21
print(value)
class Counter:
    def __init__(self, f):
        self.f = f
        self.n = 0
    def __call__(self, *a):
        self.n += 1
        return self.f(*a)
@Counter
def sq(x):
    return x * x
print(sq(3), sq(4), sq.n)
order = []
def mk(tag):
    order.append('make ' + tag)
    def d(f):
        order.append('apply ' + tag)
        return f
    return d
@mk('outer')
@mk('inner')
def z(): pass
print(order)
