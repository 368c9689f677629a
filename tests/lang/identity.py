# identity (is / is not) semantics that are guaranteed
a = [1]
b = a
c = [1]
print(a is b, a is c, a is not c, a == c)
print(None is None, True is True, False is not True)
x = None
print(x is None, x is not None)
print(type(1) is int, type(True) is bool, type(None) is type(None))
def f():
    return a
print(f() is a)
t = (1, 2)
print(t is t, tuple(t) is t, t[:] is t)
l = [1, 2]
print(l[:] is l, list(l) is l, l.copy() is l)
s = 'abc'
print(str(s) is s)
d = {}
e = d
e['k'] = 1
print(d, d is e)
print(... is Ellipsis, NotImplemented is NotImplemented)
o = object()
print(o is o, o is object(), o == o, o != object())
class C:
    pass
print(C is C, C() is C(), type(C()) is C)
import sys
print(sys is sys.modules['sys'])
g = (x for x in [])
print(iter(g) is g)
it = iter([1])
print(iter(it) is it)
print(id(a) == id(b), id(a) == id(c))
