# super() in its various forms
class A:
    def f(self):
        return 'A.f'
    @classmethod
    def c(cls):
        return 'A.c ' + cls.__name__
    @staticmethod
    def s():
        return 'A.s'
    x = 'A.x'
class B(A):
    def f(self):
        return 'B.f>' + super().f()
    @classmethod
    def c(cls):
        return 'B.c>' + super().c()
    def g(self):
        return super().s(), super().x
    def explicit(self):
        return super(B, self).f()
class C(B):
    def f(self):
        return 'C.f>' + super().f()
    def skip(self):
        return super(B, self).f()
print(C().f())
print(C.c(), B.c())
print(C().g())
print(C().explicit(), C().skip())
sup = super(C, C())
print(sup.f())
class P:
    def __init__(self, v):
        self.v = v
class Q(P):
    def __init__(self, v, w):
        super().__init__(v * 2)
        self.w = w
q = Q(1, 2)
print(q.v, q.w)
class Lst(list):
    def append(self, v):
        super().append(v * 10)
l = Lst()
l.append(1); l.append(2)
print(l)
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, str(v))
d = D()
d['a'] = 1
print(d)
class E(A):
    def meth(self):
        def inner():
            return super(E, self).f()
        return inner()
print(E().meth())
class Prop:
    @property
    def p(self):
        return 'base prop'
class Prop2(Prop):
    @property
    def p(self):
        return 'sub+' + super().p
print(Prop2().p)
