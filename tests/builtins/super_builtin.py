# super() builtin
class A:
    def who(self):
        return 'A'
    def __repr__(self):
        return 'A-repr'
class B(A):
    def who(self):
        return 'B+' + super().who()
class C(A):
    def who(self):
        return 'C+' + super().who()
class D(B, C):
    def who(self):
        return 'D+' + super().who()
print(D().who(), B().who())
print(super(D, D()).who(), super(B, D()).who(), super(C, D()).who())
d = D()
print(super(D, d).__repr__(), type(super(D, d)).__name__)
class Init:
    def __init__(self, **kw):
        self.kw = kw
class Sub(Init):
    def __init__(self):
        super().__init__(a=1)
print(Sub().kw)
class S:
    @classmethod
    def make(cls):
        return cls.__name__
class T(S):
    @classmethod
    def make(cls):
        return 'T:' + super().make()
print(T.make(), super(T, T).make())
class E(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
e = E('message', 42)
print(e, e.args, e.code)
class M(list):
    def __init__(self, *a):
        super().__init__(a)
print(M(1, 2, 3))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: super(int, 'x'))
t(lambda: super(B, A()).who())
t(lambda: super(D, d).nothing)
def outside():
    return super()
t(outside)
