# del statement
x = 1
del x
try:
    x
except NameError as e:
    print('NameError', e)
l = list(range(10))
del l[0]
print(l)
del l[-1]
print(l)
del l[1:3]
print(l)
del l[::2]
print(l)
del l[:]
print(l)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
class C:
    pass
c = C()
c.a = 1
c.b = 2
del c.a
print(hasattr(c, 'a'), hasattr(c, 'b'))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError:
    print('a deleted')
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
def f():
    y = 5
    del y
    try:
        return y
    except NameError as e:
        return type(e).__name__
print(f())
def t(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
def e1():
    l = [1]
    del l[3]
def e2():
    d = {}
    del d['nope']
def e3():
    del c.zzz
def e4():
    t = (1, 2)
    del t[0]
def e5():
    del undefined_var
for e in (e1, e2, e3, e4, e5):
    t(e)
