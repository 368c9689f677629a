# weakref.ref declared once: __new__/__init__/__call__ unpack their arguments as CPython words it, getweakrefcount's arity
import weakref
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class A: pass
a = A()
r = weakref.ref(a)
print(r() is a, r == weakref.ref(a), hash(r) == hash(a), weakref.getweakrefcount(a) >= 1)
t(lambda: r(1))
t(lambda: r(x=1))
t(lambda: weakref.ref())
t(lambda: weakref.ref(a, None, 3))
t(lambda: weakref.ref(a, callback=None))
t(lambda: weakref.ref.__new__(weakref.ref))
t(lambda: weakref.ref.__init__(r, a))
t(lambda: weakref.ref.__init__(r, a, 1, 2))
t(lambda: weakref.ref.__ne__(r, r))
t(lambda: weakref.getweakrefcount())
t(lambda: weakref.getweakrefcount(a, 1))
t(lambda: weakref.getweakrefcount(object=a))
t(lambda: weakref.getweakrefcount(1))
class R(weakref.ref):
    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)
        print("init", kw)
x = R(a, tag=1)
print(x() is a)
# descriptor misuse: CPython names the type weakref.ReferenceType
for f in (lambda: weakref.ref.__call__(1), lambda: weakref.ref.__hash__(1)):
    try: f()
    except TypeError: print("TypeError")
