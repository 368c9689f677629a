# Which class attributes bind as methods, implicit static/class methods,
# special methods that are static or class methods.

class A:
    f_builtin = abs          # builtin functions do not bind
    f_type = int             # nor do types
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        pass
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
    def __class_getitem__(cls, item):
        return (cls.__name__, item)

a = A()
print(a.f_builtin(-3), A.f_builtin(-4), a.f_type("5"))
b = a.__new__(A)           # __new__ is a static method
print(type(b).__name__)
b = A.__new__(A, 1, 2)
print(type(b).__name__)
print(type(A.__dict__["__new__"]).__name__, type(A.__dict__["__init_subclass__"]).__name__)

class B(A, flag=1):
    pass
print(A[int], B["x"])

class Ops:
    @staticmethod
    def __sub__(rhs):
        return ("static sub", rhs)
    @classmethod
    def __add__(cls, rhs):
        return ("class add", cls.__name__, rhs)
    @staticmethod
    def __len__():
        return 7
o = Ops()
print(o - 1, o + 2, len(o))

# Attributes of builtin types cannot be changed or deleted.
for stmt in ("del int.to_bytes", "int.to_bytes = 1", "del str.upper"):
    try:
        exec(stmt)
    except TypeError as e:
        print("TypeError:", e)
print((255).to_bytes(1, "big"))

# Read-only function attributes.
def g():
    pass
for name in ("__globals__", "__closure__"):
    try:
        setattr(g, name, None)
    except AttributeError as e:
        print("AttributeError:", name)

# Dict views: keys and items are unhashable, values hash by identity.
for v in ({}.keys(), {}.items()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(type(hash({}.values())).__name__)
for bad in ("{1: 1}.values() + 1", "{1: 1}.keys() + 1"):
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError")

print(issubclass(SystemError, Exception))
try:
    raise SystemError("boom")
except Exception as e:
    print(type(e).__name__, e)

# In-place dunders of builtin types called on subclass instances.
class L(list):
    pass
l = L([1])
print(l.__iadd__([2]) is l, l, type(l).__name__)
l += [3]
l *= 2
print(l, type(l).__name__)
class S(set):
    pass
s = S({1})
s |= {2}
s -= {1}
print(s, type(s).__name__, list.__iadd__([0], [1]), dict.__ior__({1: 1}, {2: 2}))
