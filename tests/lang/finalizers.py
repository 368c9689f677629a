# __del__ runs once an object is unreachable (here after gc.collect(), or
# at exit), once per object; weak references are cleared first; an
# exception in it is reported and ignored; a resurrected object is not
# finalised again.
import gc
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


class B(A):
    pass


class Bad:
    def __del__(self):
        raise ValueError("ignored")


class Res:
    saved = []

    def __del__(self):
        print("resurrected")
        Res.saved.append(self)


x = A(1)
w = weakref.ref(x)
del x
gc.collect()
print("weak", w())
b = B(2)
b = None
gc.collect()
holder = [A(3)]
del holder
gc.collect()
c = Bad()
del c
gc.collect()
print("after bad")
r = Res()
del r
gc.collect()
print(len(Res.saved))
Res.saved.clear()
gc.collect()
print("cycle")
p = A(5)
q = A(6)
p.other = q
q.other = p
del p, q
gc.collect()


# A class without __del__ at creation is not tracked; a subclass of a
# builtin type with one is.
class L(list):
    def __del__(self):
        print("list subclass", len(self))


l = L([1, 2, 3])
del l
gc.collect()
keep = A(7)
print("end")
