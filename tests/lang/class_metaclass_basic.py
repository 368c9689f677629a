# basic metaclasses: type subclass with __new__/__init__/__call__
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['created_by'] = mcls.__name__
        ns.setdefault('tag', name.lower())
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta):
    pass
class B(A):
    tag = 'custom'
print(A.created_by, A.tag, B.tag, type(A).__name__, type(B).__name__)
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))
class CountingMeta(type):
    def __call__(cls, *a, **kw):
        cls.instances = getattr(cls, 'instances', 0) + 1
        return super().__call__(*a, **kw)
class C(metaclass=CountingMeta):
    def __init__(self, v):
        self.v = v
c1, c2 = C(1), C(2)
print(C.instances, c2.v)
D = type('D', (C,), {'extra': lambda self: self.v * 10})
d = D(4)
print(D.__name__, d.extra(), C.instances, D.instances, type(D).__name__)
E = type('E', (), {})
print(E.__name__, E.__bases__ == (object,), type(E()).__name__)
try:
    type('F', (1,), {})
except TypeError as e:
    print(type(e).__name__)
try:
    type('G', (), [])
except TypeError as e:
    print(type(e).__name__)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class WithRepr(type):
    def __repr__(cls):
        return '<class-ish %s>' % cls.__name__
class Shown(metaclass=WithRepr): pass
print(repr(Shown), str(Shown))
