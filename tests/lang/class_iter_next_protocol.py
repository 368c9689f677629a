# iterator protocol: __iter__ returning self, separate iterators, exhaustion
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
class Fib:
    def __init__(self, limit): self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self): return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(100)), sum(Fib(1000)))
it = iter(Fib(5))
print(next(it), next(it), next(it), list(it))
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self): return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class StopWithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('payload')
print(list(StopWithValue()))
try:
    next(StopWithValue())
except StopIteration as e:
    print('value', e.value, e.args)
class Resumable:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i % 3 == 0:
            raise StopIteration
        return self.i
rr = Resumable()
print(list(rr), list(rr), list(rr))
print(next(iter([]), 'empty'), next(Countdown(0), 'dflt'))
print(dict(zip(Countdown(3), 'abc')), max(Countdown(5)), sorted(Countdown(4)))
