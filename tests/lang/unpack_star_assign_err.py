# starred assignment targets and their error messages
a, *b, c = range(5)
print(a, b, c)
*a, b = [1]
print(a, b)
a, *b = 'x'
print(a, b)
*a, = ()
print(a)
(a, *b), c = 'abc', 9
print(a, b, c)
for x, *y in [(1, 2, 3), (4,), [5, 6]]:
    print(x, y)
def gen():
    yield 1
    yield 2
    yield 3
a, *b = gen()
print(a, b, type(b).__name__)
tests = [
    lambda: exec('a, b = [1]'),
    lambda: exec('a, b = [1, 2, 3]'),
    lambda: exec('a, *b, c = [1]'),
    lambda: exec('a, b = 1'),
    lambda: exec('a, *b = 5'),
    lambda: exec('a, b = None'),
    lambda: exec('(a, b), c = [1, 2], 3'),
    lambda: exec('(a, b), c = [1], 3'),
    lambda: exec('a, b, c = "ab"'),
    lambda: exec('a, b = {1: 2, 3: 4, 5: 6}'),
]
for t in tests:
    try:
        t()
        print('ok')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
d = {'k1': 1, 'k2': 2}
k1, k2 = d
print(k1, k2)
(k, v), = d.items().__iter__().__next__(),
print(k, v)
