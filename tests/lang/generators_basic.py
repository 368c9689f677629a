# generator basics
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count(4)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
def with_return():
    yield 1
    return 'done'
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value', e.value, e.args)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(type(f).__name__)
g = (x * x for x in range(5))
print(type(g).__name__, sum(g), sum(g))
def lazy():
    print('started')
    yield 1
g = lazy()
print('created')
print(next(g))
def gen_try():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')
for v in gen_try():
    print('got', v)
print(list(zip(count(3), 'abc')))
def empty():
    return
    yield
print(list(empty()))
g = count(3)
print(iter(g) is g)
def yexpr():
    x = yield
    print('received', x)
    yield x * 2
g = yexpr()
next(g)
print(g.send(21))
def nested():
    for i in range(2):
        for j in range(2):
            yield i, j
print(list(nested()))
