# Class attributes with CPython's checks (__bases__ cycles, __class__, __name__, __mro__), a metaclass's __getattribute__ and mro() overrides
class Meta(type):
    def __getattribute__(cls, name):
        if name == 'magic':
            return 'from meta getattribute'
        return super().__getattribute__(name)
    def __getattr__(cls, name):
        return 'meta getattr ' + name
class C(metaclass=Meta):
    x = 1
    def m(self): return 'm'
print(C.magic, C.x, C.missing, C().m(), C.m(C()))
print(type.__getattribute__(C, 'x'))
class M4(type):
    def mro(cls):
        return list(reversed(super().mro()))
class A:
    def f(self): return 'A'
class B(A):
    def f(self): return 'B'
class F(B, metaclass=M4): pass
print([c.__name__ for c in F.__mro__], F().f(), [c.__name__ for c in F.mro()])
class M3(type):
    def mro(cls):
        return (cls, 5)
try:
    class E(metaclass=M3): pass
except TypeError as e:
    print('TypeError', e)
class M5(type):
    def mro(cls):
        return [cls, int, object]
try:
    class G(metaclass=M5): pass
except TypeError as e:
    print('TypeError', e)
class P: pass
class Q: 
    def hello(self): return 'Q'
class R(P): pass
class S(R): pass
R.__bases__ = (Q,)
print(R.__bases__, [c.__name__ for c in S.__mro__], S().hello())
for stmt in ['R.__bases__ = (R,)', 'R.__bases__ = (S,)', 'R.__class__ = int', 'R.__bases__ = ()', 'R.__bases__ = 5', 'R.__bases__ = (object,)', 'R.__bases__ = (5,)', 'x = R(); x.__class__ = int', 'int.__bases__ = ()', 'R.__name__ = 5', 'R.__mro__ = ()', 'R.__dict__ = {}', 'R.__qualname__ = 3']:
    try:
        exec(stmt); print(stmt, 'ok')
    except Exception as e: print(stmt, type(e).__name__, e)
R.__name__ = 'Renamed'
print(R.__name__, R, [c.__name__ for c in S.__mro__])
class MM(type): pass
try:
    R.__class__ = MM
except TypeError as e:
    print(e)
class M1(type): pass
class M2(M1): pass
class T(metaclass=M1): pass
T.__class__ = M2
print(type(T).__name__)
print(type(R).__name__, isinstance(R, MM))
