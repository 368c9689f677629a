# weakref.ref basics
import weakref, gc
class Obj:
    def __init__(self, name):
        self.name = name
o = Obj('target')
r = weakref.ref(o)
print(r() is o, r().name, type(r).__name__ in ('weakref', 'ReferenceType'))
r2 = weakref.ref(o)
print(r2() is o, r == r2)
del o
gc.collect()
print(r(), r2())
calls = []
def cb(ref):
    calls.append('callback called')
o2 = Obj('with callback')
r3 = weakref.ref(o2, cb)
print(r3().name)
del o2
gc.collect()
print(r3(), calls)
keep = Obj('kept')
rk = weakref.ref(keep)
gc.collect()
print(rk().name)
try:
    weakref.ref(1)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.ref([1, 2])
except TypeError as e:
    print('TypeError', e)
def f():
    pass
rf = weakref.ref(f)
print(rf() is f)
