# rich comparison reflection and NotImplemented fallbacks
log = []
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append('A.eq')
        return NotImplemented
    def __lt__(self, o):
        log.append('A.lt')
        return NotImplemented
class B:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append('B.eq')
        return self.v == o.v
    def __gt__(self, o):
        log.append('B.gt')
        return self.v > o.v
print(A(1) == B(1), log)
log.clear()
print(A(1) < B(0), log)
log.clear()
print(A(1) != B(2), log)
log.clear()
a = A(1)
print(a == a, a != a, A(1) == A(1), log)
log.clear()
try:
    A(1) < A(2)
except TypeError as e:
    print(type(e).__name__, e, log)
class Base:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return 'Base.lt'
class Derived(Base):
    def __gt__(self, o):
        return 'Derived.gt (reflected first)'
print(Base(1) < Derived(2))
print(Derived(1) < Base(2))
class OnlyEq:
    def __eq__(self, o): return True
print(OnlyEq() != 5, 5 != OnlyEq(), 5 == OnlyEq())
class Cmp:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o
    def __ge__(self, o): return self.v >= o
print(Cmp(3) <= 4, 4 >= Cmp(3), 2 <= Cmp(3), Cmp(3) >= 9)
for op in ['<', '>', '<=', '>=']:
    try:
        eval('1 %s "a"' % op)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1, 2] < [1, 'x']
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] < [1, 3], (1, 'a') < (1, 'b'), [1] == [1.0], (1, [2]) == (1, [2]))
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
print(object() == object(), None == 0, 'a' != b'a')
