# type(name, bases, dict) and class introspection
def hello(self):
    return 'hello from ' + type(self).__name__
A = type('A', (), {'x': 1, 'hello': hello})
a = A()
print(A.__name__, a.x, a.hello())
B = type('B', (A,), {'y': 2})
b = B()
print(B.__name__, b.x, b.y, b.hello(), isinstance(b, A))
print([c.__name__ for c in B.__mro__])
print(type(1) is int, type('') is str, type(type) is type, type(A) is type)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
print(type(len).__name__ in ('builtin_function_or_method', 'function'))
class C:
    cattr = 'c'
    def m(self):
        pass
c = C()
c.iattr = 'i'
print(c.__dict__, 'cattr' in C.__dict__, 'm' in C.__dict__, 'iattr' in C.__dict__)
print(c.__class__.__name__, c.__class__ is C, C.__class__ is type)
c.__class__.dyn = 'added via __class__'
print(C.dyn)
def f():
    pass
print(f.__name__, C.m.__name__, C.__name__, int.__name__, len.__name__)
class D:
    pass
D.__name__ = 'Renamed'
print(D.__name__)
T = type('T', (int,), {})
print(T(5) + 1, isinstance(T(5), int))
print(type(5)(7), type('x')(8), type([])('ab'))
E = type('E', (Exception,), {})
try:
    raise E('made by type')
except E as e:
    print(type(e).__name__, e)
print(__name__)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: type('X', 5, {}))
t(lambda: type('X', (), 5))
t(lambda: type(1, (), {}))
t(lambda: type())
