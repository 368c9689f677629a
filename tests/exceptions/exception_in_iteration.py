# exceptions raised inside __iter__/__next__/__getitem__ during for, unpacking, list(), sum(), in
class Boom:
    def __init__(self, fail_at, exc=ValueError):
        self.fail_at, self.exc, self.i = fail_at, exc, 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == self.fail_at:
            raise self.exc('failed at %d' % self.i)
        if self.i > 5:
            raise StopIteration
        return self.i
collected = []
try:
    for v in Boom(3):
        collected.append(v)
except ValueError as e:
    print('for:', e, collected)
for consumer in [list, tuple, sum, sorted, set, max, lambda it: dict.fromkeys(it), lambda it: [x for x in it], lambda it: ''.join(map(str, it))]:
    try:
        consumer(Boom(2, KeyError))
    except KeyError as e:
        print('consumer:', e)
try:
    a, b, c = Boom(2)
except ValueError as e:
    print('unpack:', e)
try:
    4 in Boom(3)
except ValueError as e:
    print('in:', e)
print(2 in Boom(3))
class BadIter:
    def __iter__(self):
        raise RuntimeError('iter failed')
for consumer in [list, lambda x: [i for i in x], lambda x: [*x], lambda x: print(*x), lambda x: zip(x), lambda x: enumerate(x)]:
    try:
        consumer(BadIter())
    except RuntimeError as e:
        print('iter:', e)
def gen():
    yield 1
    raise IndexError('gen died')
g = gen()
try:
    for v in g:
        pass
except IndexError as e:
    print('gen:', e, list(g))
class EqBoom:
    def __eq__(self, o):
        raise TypeError('eq exploded')
    __hash__ = object.__hash__
for fn in [lambda: [1, 2].index(EqBoom()), lambda: EqBoom() in [1], lambda: [EqBoom()].count(1), lambda: [1].remove(EqBoom())]:
    try:
        fn()
    except TypeError as e:
        print('eq:', e)
