# StopIteration values
def g():
    yield 1
    return 42
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args, repr(e), str(e))
def g_none():
    yield
it = g_none()
next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def g_tuple():
    return (1, 2)
    yield
try:
    next(g_tuple())
except StopIteration as e:
    print(e.value, e.args)
def deleg():
    r = yield from g()
    return r * 2
d = deleg()
next(d)
try:
    next(d)
except StopIteration as e:
    print('delegated value', e.value)
s = StopIteration('a', 'b')
print(s.value, s.args)
s = StopIteration()
print(s.value)
try:
    raise StopIteration(99)
except StopIteration as e:
    print(e.value)
class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration('custom value')
print(list(It()))
def consume():
    v = yield from It()
    yield v
print(list(consume()))
it = iter([])
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
