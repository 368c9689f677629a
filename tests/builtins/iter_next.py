# iter() incl. sentinel form, and next() incl. default
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'done'), next(it, None))
data = [5, 4, 3, 0, 2, 1]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)), pos[0])
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
it = iter(counter, 4)
print(next(it), list(it), next(it, 'exhausted'))
print(type(iter(counter, 0)).__name__)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 2
        raise IndexError
print(list(iter(Seq())), next(iter(Seq())))
print(next(iter('abc')), next(iter({'k': 1})), next(iter(range(5, 10))), next(iter({7})))
g = (x for x in [])
print(next(g, 'empty gen'))
d = {'a': 1}
print(next(iter(d.values())), next(iter(d.items())))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: next(iter([])))
t(lambda: next([1]))
t(lambda: iter(5))
t(lambda: iter(5, 1))
t(lambda: next(iter(int, 0)))
t(lambda: iter())
t(lambda: next())
def raising():
    raise ValueError('from callable')
t(lambda: next(iter(raising, 0)))
