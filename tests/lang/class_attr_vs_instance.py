# class attributes versus instance attributes, shadowing and mutation
class C:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        C.count += 1
    def add(self, x):
        self.shared.append(x)
a = C('a')
b = C('b')
print(C.count, a.count, b.count)
a.count = 100
print(C.count, a.count, b.count)
del a.count
print(a.count)
a.add(1)
b.add(2)
print(C.shared, a.shared is b.shared)
b.shared = ['own']
print(C.shared, b.shared, a.shared)
C.count = 50
print(a.count, b.count)
print('name' in vars(a), 'count' in vars(a), 'count' in vars(C))
try:
    del a.count
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(C.name)
except AttributeError as e:
    print(type(e).__name__, e)
C.new_attr = 'added later'
print(a.new_attr)
def method(self):
    return 'bound to ' + self.name
C.m = method
print(a.m(), b.m())
a.m = lambda: 'instance lambda'
print(a.m(), b.m())
class D(C):
    count = 'D-own'
d = D('d')
print(d.count, C.count, D.shared is C.shared)
class Cnt:
    n = 0
    def inc(self):
        self.n += 1
        return self.n
x = Cnt()
print(x.inc(), x.inc(), Cnt.n, x.n)
print(sorted(k for k in vars(x)))
