# multiple inheritance and C3 MRO
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
class Base:
    def hello(self):
        return ['Base']
class Left(Base):
    def hello(self):
        return ['Left'] + super().hello()
class Right(Base):
    def hello(self):
        return ['Right'] + super().hello()
class Bottom(Left, Right):
    def hello(self):
        return ['Bottom'] + super().hello()
print(Bottom().hello())
print([c.__name__ for c in Bottom.__mro__])
class X:
    attr = 'X'
class Y:
    attr = 'Y'
class XY(X, Y): pass
class YX(Y, X): pass
print(XY.attr, YX.attr)
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print('TypeError')
try:
    class Bad2(O, A): pass
except TypeError as e:
    print('TypeError')
class M1:
    def __init__(self):
        print('M1 init')
        super().__init__()
class M2:
    def __init__(self):
        print('M2 init')
        super().__init__()
class M3(M1, M2):
    def __init__(self):
        print('M3 init')
        super().__init__()
M3()
print(issubclass(Z, B), issubclass(Z, (int, E)), isinstance(Z(), K3))
