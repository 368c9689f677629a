# callable() on every kind of object
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
class WithCall:
    def __call__(self): return 1
def f(): pass
def g(): yield
items = [f, lambda: 0, C, C(), C().m, C.m, C.s, C.c, WithCall(), print, len, int, type, object,
         1, 'str', [1], None, g(), iter([]), {}.get, [].append, str.upper, 'x'.upper, abs, range(3), super]
print([callable(x) for x in items])
i = C()
i.dyn = lambda: 0
print(callable(i), callable(i.dyn))
class CallableClassAttr:
    __call__ = f
print(callable(CallableClassAttr()))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    callable(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
for x in [1, 'a', None]:
    try:
        x()
    except TypeError as e:
        print(type(e).__name__, e)
