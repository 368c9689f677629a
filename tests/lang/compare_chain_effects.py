# chained comparisons evaluate each operand at most once and short-circuit
log = []
def v(x):
    log.append(x)
    return x
print(v(1) < v(2) < v(3), log)
log.clear()
print(v(3) < v(2) < v(1), log)
log.clear()
print(v(1) == v(1) != v(2) < v(5), log)
log.clear()
print(v(5) > v(4) > v(4) > v(0), log)
log.clear()
print(v(1) < v(2) > v(0) >= v(0) <= v(0), log)
x = 5
print(1 < x < 10, 10 < x < 20, 1 < x > 3, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print('a' < 'b' < 'c', [1] < [1, 0] < [2])
print(None is None is None, 1 is 1 is not None)
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[3]])
class C:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        log.append((self.n, o.n))
        return self.n < o.n
log.clear()
a, b, c = C(1), C(2), C(3)
print(a < b < c, log)
log.clear()
print(c < b < a, log)
try:
    print(1 < 'a' < 2)
except TypeError as e:
    print(type(e).__name__, e)
log.clear()
try:
    print(v(3) < v(1) < 'x')
except TypeError as e:
    print('no', e)
print(log)
r = 0 < 1 and 2
print(r, (0 < 1) < 2, 0 < (1 < 2))
