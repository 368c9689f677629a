# __qualname__ of classes, methods, nested functions and lambdas, and its
# use in argument errors and reprs.
class Outer:
    class Inner:
        def method(self, x):
            return x
    def make(self):
        def local(a):
            return a
        return local
    lam = lambda self: 0

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().make().__qualname__, Outer.lam.__qualname__, Outer.make.__name__)
def top():
    class InFunc:
        def m(self):
            pass
    return InFunc
print(top().__qualname__, top().m.__qualname__, [c for c in [1]] and top.__qualname__)
for call in (lambda: Outer.Inner().method(), lambda: Outer.Inner().method(1, 2),
             lambda: Outer().make()(), lambda: top()().m(3), lambda: Outer.Inner.method()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class R:
    def __repr__(self):
        return "R()"
    def m(self):
        pass
class S(R):
    pass
print(S().m, repr(Outer.Inner.method).split(" at ")[0])

# __qualname__ and __name__ are assigned independently.
def renamed():
    pass


renamed.__qualname__ = "Somewhere.else"
print(renamed.__name__, renamed.__qualname__, repr(renamed).split(" at ")[0])
renamed.__name__ = "other"
print(renamed.__name__, renamed.__qualname__)
