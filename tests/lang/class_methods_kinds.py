# classmethod / staticmethod / instance methods
class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def how_many(cls):
        return cls.count
    @staticmethod
    def helper(x, y):
        return x + y
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
print(C.how_many())
C.make(3)
print(C.how_many(), C().how_many())
print(C.helper(1, 2), C().helper(3, 4))
print(type(C.__dict__['helper']).__name__, type(C.__dict__['how_many']).__name__)
class D(C):
    count = 100
print(D.how_many())
D()
print(D.count, C.count)
f = C.__dict__['helper']
print(f.__func__(5, 6))
class E:
    def m(self):
        return self
e = E()
print(E.m(e) is e, e.m() is e)
bm = e.m
print(bm() is e)
class F:
    @staticmethod
    def s():
        return 'static no args'
    @classmethod
    def c(cls):
        return cls
print(F.s(), F().s(), F.c() is F, F().c() is F)
print(callable(F.s), callable(F.c))
def outside(self):
    return 'outside ' + type(self).__name__
class G:
    pass
G.method = outside
print(G().method())
G.sm = staticmethod(lambda: 'dynamic static')
G.cm = classmethod(lambda cls: 'dynamic class ' + cls.__name__)
print(G.sm(), G.cm(), G().cm())
