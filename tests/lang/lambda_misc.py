# lambda forms: defaults, varargs, nested, immediately invoked, in data structures
f = lambda: 'no args'
g = lambda x, y=2, *a, k=3, **kw: (x, y, a, k, sorted(kw))
print(f(), g(1), g(1, 5, 6, 7, k=0, z=1))
print((lambda x: x * 2)(21))
print((lambda *a: a)(1, 2, 3), (lambda **k: sorted(k.items()))(b=2, a=1))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(list(filter(lambda x: x % 3 == 0, range(10))))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(f.__name__, (lambda: 0).__name__)
cond = lambda x: 'pos' if x > 0 else 'neg' if x < 0 else 'zero'
print(cond(5), cond(-1), cond(0))
y = 10
capture = lambda: y
y = 20
print(capture())
tup = lambda: (1, 2)
print(tup())
pos = lambda a, /, b: (a, b)
print(pos(1, b=2))
try:
    pos(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print((lambda: (yield 1))().__next__())
compose = lambda *fs: lambda x: __import__('functools').reduce(lambda acc, fn: fn(acc), fs, x) if False else [x := fn(x) for fn in fs][-1]
print(compose(lambda v: v + 1, lambda v: v * 10)(4))
