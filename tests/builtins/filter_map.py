# filter() and map()
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, 'a1b2c3')), list(filter(bool, ())), type(filter(None, [])).__name__)
print(list(map(abs, [-1, -2])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')))
print(list(map(str, range(3))), list(map(len, ['a', 'bb', ''])), list(map(int, '123')))
print(list(map(lambda x, y: (x, y), [1, 2, 3], 'ab')), type(map(abs, [])).__name__)
m = map(lambda x: x * 10, [1, 2, 3])
print(next(m), list(m), list(m))
f = filter(lambda x: x > 1, iter([1, 2, 3]))
print(iter(f) is f, next(f), list(f))
print(sum(map(int, '12345')), max(map(len, 'a bbb cc'.split())), dict(map(lambda k: (k, k.upper()), 'ab')))
side = []
lazy = map(lambda v: side.append(v) or v, [1, 2])
print(side)
list(lazy)
print(side)
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: list(map(None, [1])))
t(lambda: map(abs))
t(lambda: map(abs, 5))
t(lambda: list(filter(5, [1])))
t(lambda: filter(None, 5))
t(lambda: list(map(int, ['1', 'x'])))
two = lambda a, b: a
t(lambda: list(map(two, [1])))
