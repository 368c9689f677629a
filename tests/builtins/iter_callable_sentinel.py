# iter(callable, sentinel) two-argument form
data = [1, 2, 3, 0, 4]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = iter(['a', 'b', '', 'c'])
print([l for l in iter(lines.__next__, '')])
ci = iter(tick, 100)
print(next(ci), next(ci), type(ci).__name__, iter(ci) is ci)
class Source:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(iter(Source(), None)))
def raiser():
    raise ValueError('from callable')
try:
    list(iter(raiser, None))
except ValueError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter([1], 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
vals = iter([3, 2, 1.0, 1])
done = iter(vals.__next__, 1)
print(list(done), list(vals))
c2 = iter(lambda: 1, 1)
print(list(c2), next(c2, 'exhausted'))
