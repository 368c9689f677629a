# iterator protocol with classes and generators
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c))
for x in c:
    print('x', x)
class OneShot:
    def __init__(self):
        self.data = [1, 2, 3]
    def __iter__(self):
        return self
    def __next__(self):
        if not self.data:
            raise StopIteration
        return self.data.pop(0)
o = OneShot()
print(list(o), list(o))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
d = {'a': 1, 'b': 2}
di = iter(d)
print(next(di), next(di))
print(list(enumerate(Countdown(2))), list(zip(Countdown(3), Countdown(2))))
print(sorted(Countdown(4)), sum(Countdown(4)), max(Countdown(4)), 2 in Countdown(3))
x, y = Countdown(2)
print(x, y)
print([*Countdown(3)], dict.fromkeys(Countdown(2)))
s = 'ab'
it1, it2 = iter(s), iter(s)
print(next(it1), next(it1), next(it2))
class Pipe:
    def __init__(self, it, fn):
        self.it = iter(it)
        self.fn = fn
    def __iter__(self):
        return self
    def __next__(self):
        return self.fn(next(self.it))
print(list(Pipe(Pipe(range(4), lambda v: v + 1), lambda v: v * 10)))
