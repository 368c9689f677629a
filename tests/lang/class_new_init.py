# __new__ / __init__ / __call__
class A:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, v):
        print('init', v)
        self.v = v
a = A(5)
print(a.created, a.v)
class Other:
    pass
class B:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('never called')
b = B()
print(type(b).__name__)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class Callable:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + len(rest) + len(kw)
c = Callable(10)
print(c(1), c(1, 2, 3, k=4), callable(c))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), type(Pos(-5)).__name__, Pos(-5) + 1)
class InitReturns:
    def __init__(self):
        return None
print(type(InitReturns()).__name__)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print('TypeError', e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print('TypeError', e)
class Sub(A):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
s = Sub(1, 2)
print(s.v, s.w)
class Factory:
    def __new__(cls, kind):
        if kind == 'int':
            return 0
        return super().__new__(cls)
print(Factory('int'), type(Factory('x')).__name__)
