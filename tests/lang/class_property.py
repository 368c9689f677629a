# property
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('deleting')
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError')
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError:
    print('AttributeError on delete')
class Old:
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx)
o = Old()
o.x = 5
print(o.x)
print(type(Temp.celsius).__name__, isinstance(Temp.__dict__['celsius'], property))
print(Temp.celsius.fget is not None, Temp.fahrenheit.fset)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
class Sub(Temp):
    @property
    def celsius(self):
        return 'overridden'
print(Sub().celsius)
class RO:
    x = property(lambda self: 'ro')
print(RO().x)
try:
    RO().x = 1
except AttributeError:
    print('read-only')
