# decorators applied to methods and classes
def logged(fn):
    def w(self, *a):
        r = fn(self, *a)
        self.log.append((fn.__name__, a, r))
        return r
    return w
class Calc:
    def __init__(self):
        self.log = []
    @logged
    def add(self, a, b):
        return a + b
    @logged
    def neg(self, a):
        return -a
c = Calc()
c.add(1, 2)
c.neg(5)
print(c.log)
def cached(fn):
    cache = {}
    def w(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    w.cache = cache
    return w
@cached
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
class Meta:
    @staticmethod
    @cached
    def sq(x):
        return x * x
    @classmethod
    def name(cls):
        return cls.__name__
    @property
    @cached
    def prop(self):
        return 'prop value'
print(Meta.sq(4), Meta().sq(5), Meta.name(), Meta().prop)
def add_method(cls):
    def extra(self):
        return 'extra on ' + type(self).__name__
    cls.extra = extra
    return cls
@add_method
class X:
    pass
print(X().extra())
def deco_with_args(prefix):
    def d(fn):
        def w(*a, **k):
            return prefix + str(fn(*a, **k))
        return w
    return d
class Y:
    @deco_with_args('>> ')
    def m(self, v):
        return v * 2
print(Y().m(21))
