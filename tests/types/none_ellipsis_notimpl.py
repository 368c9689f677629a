# None, Ellipsis and NotImplemented singletons
print(None, Ellipsis, ..., NotImplemented)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(repr(None), repr(...), str(...), bool(None), bool(...))
print(None is None, ... is Ellipsis, [...] == [Ellipsis], {None: 1, ...: 2})
print(hash(None) == hash(None), hash(...) == hash(...))
def f():
    return
def g():
    return None
def h():
    pass
print(f(), g(), h(), f() is g() is h())
x = [1, 2]
print(x.append(3), x.sort(), x.reverse(), x)
print({}.get('k'), print('inner print returns'), [].clear())
class A:
    def __eq__(self, o):
        return NotImplemented
print(A() == A(), A() != A())
