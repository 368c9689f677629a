# next() with defaults, on exhausted iterators, on non-iterators, generators returning values
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, None), next(it, 0))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e.value), e.args)
def g():
    yield 1
    return 'retval'
gi = g()
print(next(gi))
try:
    next(gi)
except StopIteration as e:
    print('value', e.value)
print(next(gi, 'default after return'))
for bad in [[1], 'abc', 5, None, {1: 2}]:
    try:
        next(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    def __init__(self): self.i = 0
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
c = Counter()
print(next(c), next(c), next(c, 'end'))
d = iter({'a': 1, 'b': 2})
print(next(d), next(d), next(d, '-'))
s = iter('xy')
print(next(s) + next(s), next(s, ''), next(iter(range(5, 10))), next(zip('a', 'b')), next(enumerate('q')))
first_even = next((x for x in [1, 3, 4, 6] if x % 2 == 0), None)
no_even = next((x for x in [1, 3] if x % 2 == 0), None)
print(first_even, no_even)
