# inheritance, method overriding, super()
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
    def kind(self):
        return 'dog/' + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def kind(self):
        return 'puppy/' + super(Puppy, self).kind()
p = Puppy('rex', 1)
print(p.speak(), p.kind(), p.age)
print(isinstance(p, Animal), isinstance(p, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
class A:
    def who(self):
        return 'A'
class B(A):
    pass
class C(B):
    def who(self):
        return 'C>' + super().who()
print(C().who())
class Base:
    def __init__(self):
        self.inited = 'base'
class NoInit(Base):
    pass
print(NoInit().inited)
class Over(Base):
    def __init__(self):
        self.other = 1
o = Over()
print(hasattr(o, 'inited'), o.other)
class Cls:
    @classmethod
    def create(cls):
        return cls.__name__
class Sub(Cls):
    pass
print(Cls.create(), Sub.create(), Sub().create())
class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement')
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).area())
try:
    Shape().area()
except NotImplementedError as e:
    print('NotImplementedError', e)
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(type, type))
