# enumerate(): start values, laziness, iterator protocol, errors
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', -5)), list(enumerate([], 3)))
print(list(enumerate('ab', start=10)), list(enumerate(range(2), 10 ** 20)), list(enumerate('x', True)))
e = enumerate(x * x for x in range(4))
print(next(e), next(e), list(e), list(e))
print(type(e).__name__, iter(e) is e)
def gen():
    print('gen started')
    yield 'a'
    yield 'b'
en = enumerate(gen())
print('created')
print(next(en))
for bad in [lambda: enumerate(5), lambda: enumerate('a', 1.5), lambda: enumerate('a', 'b'), lambda: enumerate(), lambda: enumerate('a', 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
d = dict(enumerate('xyz'))
print(d, {v: k for k, v in enumerate('xyz', 1)})
for i, (a, b) in enumerate(zip('ab', 'cd'), 1):
    print(i, a, b)
class I:
    def __index__(self): return 7
print(list(enumerate('ab', I())))
print(list(enumerate(enumerate('ab'))))
