# enumerate()
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('abc', start=-2)), list(enumerate([])))
print(list(enumerate(range(3), 10 ** 20)))
e = enumerate(['x', 'y'])
print(next(e), next(e), iter(e) is e)
try:
    next(e)
except StopIteration:
    print('StopIteration')
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
print(dict(enumerate('hi')), type(enumerate([])).__name__)
g = (x * x for x in range(4))
print(list(enumerate(g)), list(g))
print([i for i, c in enumerate('banana') if c == 'a'])
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: enumerate(5))
t(lambda: enumerate('a', 'b'))
t(lambda: enumerate())
t(lambda: list(enumerate('a', 1.5)))
