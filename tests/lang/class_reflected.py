# reflected and in-place operator dunders, NotImplemented
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'R(%r)' % self.v
    def __radd__(self, o):
        return R(o + self.v)
    def __rsub__(self, o):
        return R(o - self.v)
    def __rmul__(self, o):
        return R(o * self.v)
    def __rtruediv__(self, o):
        return R(o / self.v)
    def __rfloordiv__(self, o):
        return R(o // self.v)
    def __rmod__(self, o):
        return R(o % self.v)
    def __rpow__(self, o):
        return R(o ** self.v)
    def __rlshift__(self, o):
        return R(o << self.v)
    def __rrshift__(self, o):
        return R(o >> self.v)
    def __rand__(self, o):
        return R(o & self.v)
    def __ror__(self, o):
        return R(o | self.v)
    def __rxor__(self, o):
        return R(o ^ self.v)
r = R(3)
print(10 + r, 10 - r, 10 * r, 9 / r, 10 // r, 10 % r, 2 ** r)
print(1 << r, 64 >> r, 7 & r, 4 | r, 5 ^ r)
print(sum([R(1), R(2)], 0) if False else sum([1, 2], 0) + r.v)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __isub__(self, o):
        self.items.remove(o)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
    def __add__(self, o):
        return 'plain add'
a = Acc()
ref = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is ref)
class OnlyAdd:
    def __add__(self, o):
        return 'add used'
x = OnlyAdd()
x += 5
print(x)
class NI:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return 'NI radd'
class Other:
    def __radd__(self, o):
        return 'Other radd'
print(NI() + Other())
print(5 + NI())
try:
    NI() + 5
except TypeError as e:
    print('TypeError', e)
class Base:
    def __add__(self, o):
        return 'Base add'
    def __radd__(self, o):
        return 'Base radd'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived radd'
print(Base() + Derived())
print(Derived() + Base())
class IList(list):
    pass
il = IList([1])
il += [2]
print(il, type(il).__name__)
