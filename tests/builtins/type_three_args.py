# type(name, bases, dict) dynamic class creation and type() of values
def init(self, v):
    self.v = v
Point = type('Point', (), {'__init__': init, 'double': lambda self: self.v * 2, 'kind': 'pt'})
p = Point(21)
print(Point.__name__, p.double(), p.kind, type(p) is Point, isinstance(p, Point))
Sub = type('Sub', (Point,), {'kind': 'sub', '__repr__': lambda self: 'Sub(%r)' % self.v})
s = Sub(3)
print(s, s.double(), s.kind, Sub.__bases__ == (Point,), issubclass(Sub, Point), Sub.__mro__[1] is Point)
Empty = type('Empty', (object,), {})
print(Empty.__name__, type(Empty()).__name__, Empty.__bases__[0] is object)
print(type(1).__name__, type('').__name__, type(None).__name__, type(type).__name__, type(int).__name__, type(len).__name__)
print(type(lambda: 0).__name__, type([].append).__name__ in ('builtin_function_or_method', 'method'), type(Point.double).__name__)
for bad in [lambda: type('X', 'notatuple', {}), lambda: type('X', (), 5), lambda: type(1, (), {}), lambda: type('X', (1,), {}),
            lambda: type(), lambda: type('a', 'b')]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
Counter = type('Counter', (), {'count': 0, 'inc': classmethod(lambda cls: setattr(cls, 'count', cls.count + 1) or cls.count)})
print(Counter.inc(), Counter.inc(), Counter().inc())
Stat = type('Stat', (), {'s': staticmethod(lambda: 'static')})
print(Stat.s(), Stat().s())
Child = type('Child', (ValueError,), {})
try:
    raise Child('dynamic exception')
except ValueError as e:
    print(type(e).__name__, e, isinstance(e, Exception))
print(type(p)(5).v, type(s).__mro__[0].__name__, type('x')('conv'), type(5)('12') + 1)
