# basic classes
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims)
p.move(1, 1).move(1, 1)
print(p.x, p.y)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(Point.__name__, type(Point).__name__)
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2)
print(Point.norm2(p))
class Empty:
    pass
e = Empty()
e.anything = 1
print(e.anything, sorted(e.__dict__.items()))
print(sorted(k for k in Point.__dict__ if not k.startswith('__')))
print(p.__class__ is Point, p.__class__.__name__)
class WithClassAttrList:
    items = []
    def add(self, v):
        self.items.append(v)
a, b = WithClassAttrList(), WithClassAttrList()
a.add(1); b.add(2)
print(WithClassAttrList.items)
class Chained:
    def __init__(self):
        self.log = []
    def a(self):
        self.log.append('a'); return self
    def b(self):
        self.log.append('b'); return self
print(Chained().a().b().a().log)
class Meth:
    def f(self):
        return 'f'
    g = f
print(Meth().g(), Meth.g is Meth.f)
print(callable(Point), callable(p), callable(p.move))
