# abs() across numeric types and objects implementing __abs__
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(False), abs(-(2 ** 100)))
print(abs(3 + 4j), abs(-1j), abs(complex(-3, -4)), abs(float('-inf')), type(abs(True)).__name__)
class V:
    def __init__(self, *c): self.c = c
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
print(abs(V(3, 4)), abs(V()))
class Weird:
    def __abs__(self): return 'not a number'
print(abs(Weird()))
for bad in ['x', None, [1], {}, object()]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    pass
print(abs(IntSub(-4)), type(abs(IntSub(-4))).__name__)
print(list(map(abs, [-1, 2, -3.5])), sorted([-3, 1, -2], key=abs), max([-10, 5], key=abs))
