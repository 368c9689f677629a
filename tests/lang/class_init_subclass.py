# __init_subclass__ hooks and class keyword arguments
registry = []
class Plugin:
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)
class Alpha(Plugin):
    pass
class Beta(Plugin, name='bee'):
    pass
class Gamma(Beta):
    pass
print(registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, 'plugin_name'))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__)
class Counted:
    subclasses = 0
    def __init_subclass__(cls):
        Counted.subclasses += 1
        cls.index = Counted.subclasses
class X(Counted): pass
class Y(Counted): pass
class Z(X): pass
print(X.index, Y.index, Z.index, Counted.subclasses)
class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError('%s missing %s' % (cls.__name__, missing))
class Shape(Validated):
    required = ('area',)
    def area(self): return 0
try:
    class Circle(Shape):
        required = ('area', 'perimeter')
except TypeError as e:
    print(type(e).__name__, e)
class Square(Shape):
    def area(self): return 4
print(Square().area())
