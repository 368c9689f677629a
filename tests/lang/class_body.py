# class body execution and scoping
print('before class')
class A:
    print('executing class body')
    x = 1
    y = x + 1
    z = [x, y]
    def m(self):
        return self.x
    if y > 1:
        cond = 'yes'
    else:
        cond = 'no'
    for i in range(3):
        pass
    del i
print('after class', A.y, A.z, A.cond, hasattr(A, 'i'))
x = 'global'
class B:
    x = 'class'
    def f(self):
        return x
print(B().f())
class C:
    items = []
    def add(self, v):
        self.items.append(v)
        return self
print(C().add(1).items is C().items)
class D:
    def method(self):
        return D.__name__
print(D().method())
def make(n):
    class Local:
        val = n
    return Local
L1, L2 = make(1), make(2)
print(L1.val, L2.val, L1 is L2)
class E:
    a = 1
    b = lambda self: E.a
print(E().b())
class F:
    def __init__(self):
        self.inst = F.counter
        F.counter += 1
    counter = 0
f1, f2 = F(), F()
print(f1.inst, f2.inst, F.counter)
class G:
    pass
G.x = 5
print(G.x, G().x)
class Nested:
    class Inner:
        v = 'inner'
    def get(self):
        return self.Inner.v
print(Nested.Inner.v, Nested().get(), Nested.Inner.__name__)
