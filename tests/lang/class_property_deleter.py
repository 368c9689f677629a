# properties with getter, setter, deleter; read-only properties
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        print('get')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set', v)
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('delete')
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
    print(type(e).__name__, e)
del t.celsius
print(t._c)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__)
class P:
    def getx(self): return self._x
    def setx(self, v): self._x = v * 2
    x = property(getx, setx)
    y = property(lambda self: 'y-value')
p = P()
p.x = 4
print(p.x, p.y)
print(type(P.x).__name__, P.x.fget is P.getx, P.y.fset)
class Lazy:
    @property
    def value(self):
        try:
            return self._v
        except AttributeError:
            self._v = 'computed'
            return 'computed first'
l = Lazy()
print(l.value, l.value)
class Child(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return 'child sees %s' % self._c
c = Child()
c.celsius = 5
print(c.celsius)
class Raises:
    @property
    def bad(self):
        raise KeyError('inside property')
try:
    Raises().bad
except KeyError as e:
    print(type(e).__name__, e)
print(hasattr(Raises(), 'bad') if False else 'skip')
