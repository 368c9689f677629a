# divmod() with ints, floats, bools, big ints, objects, and errors
for a, b in [(7, 3), (-7, 3), (7, -3), (7.5, 2), (-7.5, 2), (7, 2.5), (True, 2), (10 ** 20, 7), (-(10 ** 20), 7), (0, 5), (5.0, -0.5)]:
    q, r = divmod(a, b)
    print(a, b, q, r, type(q).__name__, type(r).__name__)
class D:
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
print(divmod(D(), 3), divmod(3, D()))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (1, 'a'), ('a', 1), (1j, 1), (None, 1)]:
    try:
        print(divmod(a, b))
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
print(divmod(1e308, 1e-308)[1] >= 0, divmod(-1, float('inf')), divmod(1, float('-inf')))
secs = 100000
m, s = divmod(secs, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print('%dd %02d:%02d:%02d' % (d, h, m, s))
