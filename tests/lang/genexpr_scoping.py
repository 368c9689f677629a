# generator expression scoping and laziness
x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
data = [1, 2, 3]
g = (d * 2 for d in data)
data = [7, 8]
print(list(g))
def outer_iter():
    it = iter([1, 2, 3])
    g = (a for a in it)
    next(it)
    return list(g)
print(outer_iter())
class K:
    v = 5
    items = [i for i in range(v)]
    try:
        bad = [v * i for i in range(3) if v]
    except NameError as e:
        msg = str(e)
print(K.items, K.msg)
try:
    g = (1 / z for z in [1, 0])
    print(next(g))
    print(next(g))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    g = (q for q in 5)
except TypeError as e:
    print(type(e).__name__, e)
g = (i for i in range(3))
print(sum(g), sum(g))
print(sum(i * j for i in range(3) for j in range(3) if i != j))
print(max((len(w), w) for w in 'a bbb cc'.split()))
gg = (y for y in range(4))
print(type(gg).__name__, next(gg), list(gg))
print(''.join(c.upper() for c in 'abc' if c != 'b'))
def f(*args):
    return args
print(type(f(i for i in range(2))[0]).__name__)
print(tuple((i, j) for i in range(2) for j in range(i + 1)))
