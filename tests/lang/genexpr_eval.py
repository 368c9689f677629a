# generator expressions: the first iterable is evaluated eagerly, the rest lazily
log = []
def src(name, n):
    log.append('src ' + name)
    return range(n)
g = (x for x in src('outer', 3))
print(log)
log.clear()
g2 = ((x, y) for x in src('a', 2) for y in src('b', 2))
print(log)
print(list(g2))
print(log)
try:
    g3 = (x for x in 5)
except TypeError as e:
    print('TypeError at creation:', e)
g4 = (1 / x for x in [1, 0])
print('created lazily')
try:
    list(g4)
except ZeroDivisionError:
    print('raised during iteration')
l = [1, 2, 3]
g5 = (x * 10 for x in l)
l.append(4)
print(list(g5))
l = [1, 2]
g6 = (x for x in l)
l = [9, 9, 9]
print(list(g6))
n = 2
g7 = (x * n for x in range(3))
n = 100
print(list(g7))
print(sum(x for x in range(5)), max((x for x in 'abc'), key=ord))
