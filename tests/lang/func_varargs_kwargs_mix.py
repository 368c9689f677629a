# *args/**kwargs collection, forwarding, and call-site unpacking errors
def show(*args, **kwargs):
    return args, sorted(kwargs.items())
print(show())
print(show(1, *[2, 3], *(4,), a=1, **{'b': 2}, c=3, **{'d': 4}))
def fwd(*a, **k):
    return show(*a, **k)
print(fwd(1, x=2))
def f(a, b, c):
    return a, b, c
print(f(*'xy', c='z'), f(**{'c': 3, 'a': 1, 'b': 2}), f(1, *[], *[2], **{'c': 3}))
args = (1, 2)
kwargs = {'c': 3}
print(f(*args, **kwargs))
print(type(show(1)[0]).__name__, type(show(a=1)[1]).__name__)
def mut(**kw):
    kw['new'] = 1
    return kw
src = {'a': 0}
print(mut(**src), src)
errs = [
    lambda: f(*[1, 2, 3, 4]),
    lambda: f(1, 2, 3, **{'a': 1}),
    lambda: f(**{'a': 1, 'b': 2}),
    lambda: f(*5),
    lambda: f(**[1]),
    lambda: show(**{1: 2}),
    lambda: show(a=1, **{'a': 2}),
    lambda: f(1, **{'b': 2}, **{'b': 3}),
]
for e in errs:
    try:
        print(e())
    except TypeError as ex:
        print(type(ex).__name__, ex)
def gen():
    yield 1
    yield 2
print(show(*gen(), *range(3, 5)))
print(show(*{'k': 1}))
class M:
    def keys(self): return ['p', 'q']
    def __getitem__(self, k): return k * 2
print(show(**M()))
def count(*a):
    return len(a)
print(count(*range(100)), count(*'hello', *b'hi'))
