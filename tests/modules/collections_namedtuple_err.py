# namedtuple errors
from collections import namedtuple
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def tn(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
tn(lambda: Point(1))
tn(lambda: Point(1, 2, 3))
tn(lambda: Point(1, z=2))
t(lambda: p.z)
def setx():
    p.x = 5
tn(setx)
def setitem():
    p[0] = 5
t(setitem)
t(lambda: p[2])
t(lambda: p._replace(z=1))
t(lambda: Point._make([1]))
t(lambda: namedtuple('Bad', ['x', 'x']))
t(lambda: namedtuple('Bad', ['def']))
t(lambda: namedtuple('Bad', ['1x']))
t(lambda: namedtuple('Bad', ['_x']))
t(lambda: namedtuple('1Bad', ['x']))
