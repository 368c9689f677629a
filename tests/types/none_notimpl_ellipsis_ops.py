# None / NotImplemented / Ellipsis behaviour in operations and comparisons
print(None == None, None is None, None != 0, None == False, type(None).__name__, repr(None), str(None))
for op in [lambda: None + 1, lambda: None < 1, lambda: len(None), lambda: None[0], lambda: None(), lambda: iter(None),
           lambda: None.attr, lambda: -None, lambda: None in [None], lambda: 1 in None]:
    try:
        print(op())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(bool(None), hash(None) == hash(None), {None: 1}[None], [None] * 2, (None,))
print(Ellipsis, ..., ... is Ellipsis, type(...).__name__, repr(...), bool(...))
print(NotImplemented, type(NotImplemented).__name__, repr(NotImplemented))
def f():
    pass
def g():
    return
print(f(), g(), f() is None, (lambda: None)())
x = [1, 2, 3]
print(x.append(4), x.sort(), x.reverse(), x)
print(sorted([3, None] , key=lambda v: (v is None, v or 0)))
print(type(None)() is None)
print(None.__class__.__name__, None.__bool__() if hasattr(None, '__bool__') else False, ...)
a = [[1, 2], [3, 4]]
class Ix:
    def __getitem__(self, k): return k
print(Ix()[...], Ix()[1, ...], Ix()[..., 0], Ix()[:, ...])
