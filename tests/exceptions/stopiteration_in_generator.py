# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration('escaped')
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)
def bad_next():
    it = iter([])
    yield next(it)
try:
    list(bad_next())
except RuntimeError as e:
    print(type(e).__name__, e)
def ok_return():
    yield 1
    return 'done'
print(list(ok_return()))
def catches_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield 'handled inside'
print(list(catches_inside()))
def genexpr_stop():
    return list(next(iter([])) for _ in range(1))
try:
    genexpr_stop()
except RuntimeError as e:
    print('genexpr', type(e).__name__)
except StopIteration:
    print('genexpr StopIteration')
def listcomp_stop():
    return [next(iter([])) for _ in range(1)]
try:
    listcomp_stop()
except StopIteration:
    print('listcomp lets StopIteration through')
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
def delegating():
    yield from It()
    yield 'after'
print(list(delegating()))
def sub():
    raise StopIteration('sub')
    yield
def outer():
    yield from sub()
try:
    list(outer())
except RuntimeError as e:
    print('yield from', type(e).__name__, e)
