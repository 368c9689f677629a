# __new__ overrides: singletons, caching, returning other types, immutable subclasses
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print('created')
        return cls._inst
    def __init__(self, v):
        print('init', v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print('never called')
print(Other(), type(Other()).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper('shout')
print(u, type(u).__name__, len(u), u + '!', isinstance(u, str))
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError('negative: %d' % v)
        return super().__new__(cls, v)
print(Pos(5) + 1, type(Pos(5)).__name__)
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
p = Point(3, 4)
print(p, p.x, p.y, len(p), p == (3, 4), type(p).__name__)
class Cache:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        obj.key = key
        cls._cache[key] = obj
        return obj
print(Cache('a') is Cache('a'), Cache('a') is Cache('b'), len(Cache._cache))
class Sub(Single.__mro__[0]):
    pass
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__)
class ReturnsSubclass:
    def __new__(cls, flag):
        return super().__new__(Child if flag else cls)
    def __init__(self, flag):
        self.flag = flag
class Child(ReturnsSubclass):
    pass
c = ReturnsSubclass(True)
print(type(c).__name__, c.flag)
