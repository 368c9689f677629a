# cooperative super() through a diamond hierarchy
class Base:
    def __init__(self):
        print('Base.__init__')
        self.trail = ['Base']
    def who(self):
        return ['Base']
class Left(Base):
    def __init__(self):
        print('Left.__init__')
        super().__init__()
        self.trail.append('Left')
    def who(self):
        return ['Left'] + super().who()
class Right(Base):
    def __init__(self):
        print('Right.__init__')
        super().__init__()
        self.trail.append('Right')
    def who(self):
        return ['Right'] + super().who()
class Bottom(Left, Right):
    def __init__(self):
        print('Bottom.__init__')
        super().__init__()
        self.trail.append('Bottom')
    def who(self):
        return ['Bottom'] + super().who()
b = Bottom()
print(b.trail)
print(b.who())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, b).who())
print(super(Right, b).who())
class A:
    def hello(self):
        return 'A'
class B(A):
    def hello(self):
        return 'B>' + super().hello()
class C(A):
    def hello(self):
        return 'C>' + super().hello()
class D(B, C):
    def hello(self):
        return 'D>' + super().hello()
class E(C, B):
    pass
print(D().hello(), E().hello())
print([k.__name__ for k in E.__mro__])
class Kw:
    def __init__(self, **kw):
        self.rest = kw
class M1(Kw):
    def __init__(self, m1=0, **kw):
        self.m1 = m1
        super().__init__(**kw)
class M2(Kw):
    def __init__(self, m2=0, **kw):
        self.m2 = m2
        super().__init__(**kw)
class Both(M1, M2):
    pass
o = Both(m1=1, m2=2, extra=3)
print(o.m1, o.m2, o.rest)
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__)
class Cls:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(Cls):
    @classmethod
    def make(cls):
        return 'Sub:' + super().make()
print(Sub.make(), Sub().make())
