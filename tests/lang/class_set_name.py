# __set_name__ is called on descriptors when the class is created
class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        print('setting', self.name, '=', value)
        setattr(obj, self.private, value)
class Model:
    x = Field(0)
    y = Field('why')
m = Model()
print(m.x, m.y)
m.x = 10
print(m.x, m._x)
print(type(Model.x).__name__, Model.x.name)
class Late:
    pass
f = Field()
Late.z = f
print(hasattr(f, 'name'))
class Plain:
    def __set_name__(self, owner, name):
        print('plain', name)
class Holder:
    a = Plain()
    b = Plain()
    c = 5
class Typed:
    def __init__(self, typ):
        self.typ = typ
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, t=None):
        return obj.__dict__[self.name]
    def __set__(self, obj, v):
        if not isinstance(v, self.typ):
            raise TypeError('%s must be %s' % (self.name, self.typ.__name__))
        obj.__dict__[self.name] = v
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person('ann', 30)
print(p.name, p.age)
try:
    p.age = 'old'
except TypeError as e:
    print(type(e).__name__, e)
