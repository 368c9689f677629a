# lambda expressions
f = lambda: 42
print(f())
g = lambda x, y=10: x + y
print(g(1), g(1, 2), g(y=5, x=1))
h = lambda *a, **k: (a, sorted(k.items()))
print(h(1, 2, z=3, a=4))
k = lambda x, *, y: x * y
print(k(3, y=4))
p = lambda a, b, /, c: (a, b, c)
print(p(1, 2, c=3))
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in late])
print((lambda x: (lambda y: x * y))(3)(4))
print(sorted([3, 1, 2], key=lambda v: -v))
print(list(map(lambda s: s.upper(), ['a', 'b'])))
print(type(f).__name__, f.__name__)
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda: (yield 1))().__next__())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x=[]: x)() == [])
