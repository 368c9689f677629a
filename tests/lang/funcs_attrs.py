# function objects: attributes, identity, nesting, recursion
def f(a, b=1):
    return a + b
f.custom = 'attached'
print(f.custom, f.__name__, f(1))
g = f
print(g is f, g(2, 3))
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls)
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
funcs = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}
print(funcs['add'](2, 3), funcs['mul'](2, 3))
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(str.upper, 'x'))
def returns_func():
    def inner():
        return 'inner'
    return inner
print(returns_func()(), returns_func().__name__)
def doc():
    """docstring here"""
    return 1
print(doc())
def hof(n):
    return [lambda x, k=k: x * k for k in range(n)]
print([h(2) for h in hof(4)])
def kwonly_order(**kw):
    return list(kw)
print(kwonly_order(z=1, a=2, m=3))
def default_eval(x=[1, 2][0] + 10):
    return x
print(default_eval())
print(type(f).__name__, callable(f), f == g, f != (lambda: 0))
def gen_func():
    yield 1
print(type(gen_func).__name__, type(gen_func()).__name__)
