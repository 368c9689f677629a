# class decorators and decorating methods
def add_repr(cls):
    def __repr__(self):
        items = ', '.join('%s=%r' % (k, getattr(self, k)) for k in cls.fields)
        return '%s(%s)' % (cls.__name__, items)
    cls.__repr__ = __repr__
    return cls
def add_eq(cls):
    def __eq__(self, other):
        return type(self) is type(other) and all(
            getattr(self, k) == getattr(other, k) for k in cls.fields)
    cls.__eq__ = __eq__
    cls.__hash__ = None
    return cls
@add_eq
@add_repr
class Point:
    fields = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
instances = {}
def singleton(cls):
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, b.v)
def log_methods(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith('__'):
            def make(fn, name=name):
                def w(self, *a):
                    r = fn(self, *a)
                    print('call', name, a, '->', r)
                    return r
                return w
            setattr(cls, name, make(val))
    return cls
@log_methods
class Calc:
    def add(self, a, b): return a + b
    def neg(self, a): return -a
c = Calc()
c.add(2, 3)
c.neg(4)
def swap_name(new):
    def d(cls):
        cls.__name__ = new
        return cls
    return d
@swap_name('Renamed')
class Orig:
    pass
print(Orig.__name__)
