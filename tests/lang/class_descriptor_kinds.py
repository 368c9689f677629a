# data vs non-data descriptors and lookup precedence
class NonData:
    def __get__(self, obj, owner):
        return 'nondata(%s)' % (owner.__name__,)
class Data:
    def __get__(self, obj, owner):
        return 'data'
    def __set__(self, obj, value):
        print('Data.__set__', value)
class C:
    nd = NonData()
    d = Data()
c = C()
print(c.nd, c.d, C.nd, C.d)
c.__dict__['nd'] = 'instance wins over non-data'
c.__dict__['d'] = 'instance loses to data'
print(c.nd, c.d)
c.d = 5
c.nd = 6
print(c.nd, c.__dict__['nd'])
class GetOnly:
    def __get__(self, obj, owner):
        return obj is None
class K:
    g = GetOnly()
print(K.g, K().g)
class Counter:
    def __init__(self):
        self.hits = 0
    def __get__(self, obj, owner):
        self.hits += 1
        return self.hits
class H:
    c = Counter()
h = H()
print(h.c, h.c, H.c)
class DelDesc:
    def __get__(self, obj, owner): return 'x'
    def __set__(self, obj, v): pass
    def __delete__(self, obj):
        print('deleting via descriptor')
class W:
    a = DelDesc()
w = W()
del w.a
print(w.a)
class Method:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, owner):
        if obj is None: return self
        return lambda *a: self.fn(obj, *a)
class U:
    def __init__(self, v): self.v = v
    @Method
    def show(self, extra):
        return self.v + extra
print(U(1).show(2), type(U.show).__name__)
def plain(self): return 'plain func'
class V:
    f = plain
    s = staticmethod(plain)
    cm = classmethod(lambda cls: cls.__name__)
v = V()
print(v.f(), v.s('arg'), v.cm(), V.cm())
print(plain.__get__(v, V)())
