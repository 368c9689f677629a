# default arguments are evaluated once, at definition time
log = []
def mk(x):
    log.append(x)
    return x
def f(a=mk(1), b=mk(2)):
    return a, b
print(log)
print(f(), f(3), log)
def app(x, acc=[]):
    acc.append(x)
    return acc
print(app(1), app(2), app(3, []), app(4))
n = 10
def g(v=n):
    return v
n = 20
print(g(), g(5))
def h(d={}):
    d[len(d)] = len(d)
    return len(d)
print(h(), h(), h({}), h())
print(f.__defaults__, g.__defaults__)
def kw(*, a=mk('kw')):
    return a
print(kw(), log[-1])
print(kw.__kwdefaults__)
fs = [lambda x=i: x * 2 for i in range(4)]
print([q() for q in fs])
class C:
    cnt = 0
    def m(self, v=mk('m')):
        return v
print(C().m(), log)
def outer():
    y = 'first'
    def inner(z=y):
        return z
    y = 'second'
    return inner()
print(outer())
def changing(x=[]):
    x.append(len(x))
    return x
a = changing()
b = changing()
print(a is b, a)
g.__defaults__ = (99,)
print(g())
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
