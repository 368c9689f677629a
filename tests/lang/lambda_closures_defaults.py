# default argument values and evaluation time
def make(lst=[]):
    lst.append(len(lst))
    return lst
print(make(), make(), make([9]), make())
counter = 0
def next_id():
    global counter
    counter += 1
    return counter
def f(a=next_id(), b=next_id()):
    return a, b
print(f(), f(), counter)
def g(x, y=None, *args, z=[], **kw):
    z.append(x)
    return y, args, z, kw
print(g(1), g(2, 3, 4, k=5))
class C:
    def m(self, v=[]):
        v.append(1)
        return len(v)
print(C().m(), C().m(), C().m([]))
x = 10
h = lambda y=x: y
x = 20
print(h(), (lambda: x)())
def defaults_tuple(a, b=(1, 2), c='s', d=None):
    return a, b, c, d
print(defaults_tuple.__defaults__)
defaults_tuple.__defaults__ = (9, 8, 7)
print(defaults_tuple(0))
