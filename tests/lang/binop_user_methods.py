# User-defined binary operators: NotImplemented falls through to the
# reflected method, subclass priority, in-place fallback, errors, deep
# recursion and generator operators.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x)
    def __radd__(self, o):
        return V(self.x + o)
    def __sub__(self, o):
        raise ValueError("no sub")
    def __mul__(self, o):
        return self.x * o
    def __repr__(self):
        return "V(%r)" % self.x
class W(V):
    def __radd__(self, o):
        return "W.radd"
class X:
    def __radd__(self, o):
        return "X.radd"
v = V(1)
print(v + V(2), 1 + v, v + W(3), v + X())
try:
    v + 5
except TypeError as e:
    print("TypeError:", e)
try:
    v - 1
except ValueError as e:
    print("ValueError:", e)
a = V(1)
a += V(5)
print(a, a * 3)
def deep(n):
    return deep(n - 1) if n else V(0) + V(1)
print(deep(50))
class R:
    def __add__(self, o):
        return self + o
try:
    R() + 1
except RecursionError:
    print("RecursionError")
class Gen:
    def __add__(self, o):
        yield o
print(list(Gen() + 7))
