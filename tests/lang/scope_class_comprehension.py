# name resolution: class scope is skipped by nested functions/comprehensions
x = 'global'
class C:
    x = 'class'
    y = x
    def method(self):
        return x
    lam = lambda self: x
    first = [x for _ in range(1)]
    names = [n for n in ('a', 'b')]
print(C.y, C().method(), C().lam(), C.first, C.names)
def f():
    x = 'enclosing'
    class D:
        x = 'class D'
        def m(self):
            return x
        seen = x
    return D().m(), D.seen
print(f())
def g():
    x = 'g-local'
    class E:
        print('in class body:', x)
        x = 'E-attr'
        print('after assign:', x)
    return E.x
print(g())
class F:
    a = 1
    b = [a] * 2
    c = {a: 1}
    d = (lambda a=a: a * 10)()
print(F.b, F.c, F.d)
class G:
    items = range(3)
    try:
        doubled = [i * len(items) for i in items]
    except NameError as e:
        err = str(e)
print(getattr(G, 'doubled', None), getattr(G, 'err', None))
def h():
    v = 1
    def inner():
        return [v + i for i in range(2)]
    return inner()
print(h())
counter = 0
def bump():
    return [counter + i for i in range(2)]
print(bump())
