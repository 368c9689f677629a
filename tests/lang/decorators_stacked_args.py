# stacked decorators, decorator factories, order of application
order = []
def tag(name):
    order.append('factory ' + name)
    def deco(fn):
        order.append('apply ' + name)
        def wrapper(*a, **k):
            return '<%s>%s</%s>' % (name, fn(*a, **k), name)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@tag('b')
@tag('i')
def text(s):
    return s
print(order)
print(text('hi'), text.__name__)
def count_calls(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count_calls
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hello(x):
    return 'hi ' + x
print(hello('bob'))
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): return 'A'
@register
def beta(): return 'B'
print(sorted(registry), registry['beta']())
# decorator expressions (3.9 relaxed grammar)
decos = [tag('x'), tag('y')]
@decos[1]
def z(): return 'z'
print(z())
@(lambda f: lambda: f() * 2)
def two(): return 21
print(two())
def bad(fn):
    return 42
@bad
def gone(): pass
print(gone)
def noisy(fn):
    raise ValueError('deco failed for ' + fn.__name__)
try:
    @noisy
    def boom(): pass
except ValueError as e:
    print(type(e).__name__, e)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))
