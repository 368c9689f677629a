# descriptor protocol
class Typed:
    def __init__(self, name, typ):
        self.name = name
        self.typ = typ
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.typ):
            raise TypeError('%s must be %s' % (self.name, self.typ.__name__))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('delete', self.name)
        obj.__dict__.pop(self.name, None)
class Person:
    name = Typed('name', str)
    age = Typed('age', int)
p = Person()
print(p.name)
p.name = 'Ann'
p.age = 30
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError as e:
    print('TypeError', e)
del p.age
print(p.age)
print(type(Person.name).__name__)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'from descriptor'
class H:
    attr = NonData()
h = H()
print(h.attr)
h.__dict__['attr'] = 'instance wins'
print(h.attr)
class Data:
    def __get__(self, obj, objtype=None):
        return 'data descriptor'
    def __set__(self, obj, v):
        pass
class J:
    attr = Data()
j = J()
j.__dict__['attr'] = 'ignored'
print(j.attr)
class Ten:
    def __get__(self, obj, objtype):
        return 10, objtype.__name__, obj is None
class K:
    t = Ten()
print(K.t, K().t)
class Counter:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return 'I am ' + self.name
class L:
    foo = Counter()
    bar = Counter()
print(L().foo, L().bar)
