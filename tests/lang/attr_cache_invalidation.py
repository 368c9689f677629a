# Attribute and method access sites must see every change to classes,
# instances and modules, whatever they cached before.

class A:
    x = 1
    def m(self):
        return "A.m"

class B(A):
    def m(self):
        return "B.m"

class C:
    x = 3
    def m(self):
        return "C.m"

def get_x(o):
    return o.x

def call_m(o):
    return o.m()

def set_y(o, v):
    o.y = v

a, b, c = A(), B(), C()
for _ in range(3):
    print(get_x(a), get_x(b), get_x(c), call_m(a), call_m(b), call_m(c))

# Instance attribute shadows the class attribute, then is deleted.
a.x = 10
print(get_x(a), get_x(A()))
del a.x
print(get_x(a))

# A method shadowed by an instance attribute, then restored.
a.m = lambda: "instance m"
print(call_m(a))
del a.m
print(call_m(a))

# Class attribute changed on the base class after caching.
A.x = 100
print(get_x(a), get_x(b))
B.x = 200
print(get_x(a), get_x(b))
del B.x
print(get_x(b))

# A method replaced on the class.
A.m = lambda self: "new A.m"
print(call_m(a), call_m(b))
del B.m
print(call_m(b))

# A property added later takes precedence over the instance dict.
a.z = "dict z"
def get_z(o):
    return o.z
print(get_z(a))
A.z = property(lambda self: "property z")
print(get_z(a))
del A.z
print(get_z(a))

# A data descriptor added after stores were cached.
for i in range(3):
    set_y(a, i)
print(a.y)
class Logged:
    def __set__(self, obj, v):
        print("set via descriptor", v)
    def __get__(self, obj, t=None):
        return "descriptor y"
A.y = Logged()
set_y(a, 42)
print(a.y, a.__dict__["y"])
del A.y
set_y(a, 7)
print(a.y)

# __setattr__ added to the class after stores were cached.
def noisy(self, name, v):
    print("setattr", name, v)
    object.__setattr__(self, name, v)
A.__setattr__ = noisy
set_y(a, 8)
print(a.y)
del A.__setattr__
set_y(a, 9)
print(a.y)

# __class__ reassignment.
o = A()
print(call_m(o), get_x(o))
o.__class__ = C
print(call_m(o), get_x(o))

# Names built at run time (not interned) in instance dicts.
p = A()
setattr(p, "".join(["w", "v"]), 5)
def get_wv(o):
    return o.wv
print(get_wv(p))
p.__dict__["".join(["q", "q"])] = 6
def get_qq(o):
    return o.qq
print(get_qq(p))

# Many classes through one site.
classes = [type("K%d" % i, (), {"x": i}) for i in range(6)]
print([get_x(k()) for k in classes] * 2)

# Module attributes change.
import math
def get_pi():
    return math.pi
print(get_pi())
math.pi = 3
print(get_pi())
del math.pi
try:
    get_pi()
except AttributeError as e:
    print("AttributeError:", e)

# Builtin methods through one site on several types.
def upper_or_copy(o):
    return o.copy()
print(upper_or_copy([1]), upper_or_copy({2: 3}), upper_or_copy({4}))

# __getattr__ fallback after a cached hit.
class G:
    def __getattr__(self, name):
        return "fallback " + name
g = G()
g.x = "real"
print(get_x(g))
del g.x
print(get_x(g))

# Slots restrict stores even after the site cached another class.
class S:
    __slots__ = ("y",)
s = S()
set_y(s, 1)
print(s.y)
class T:
    __slots__ = ("q",)
try:
    set_y(T(), 1)
except AttributeError as e:
    print("AttributeError:", e)

# __class__ assignment errors.
class L(list):
    pass
for bad in (5, int, L):
    try:
        o.__class__ = bad
    except TypeError as e:
        print("TypeError:", e)
print(type(o).__name__)
