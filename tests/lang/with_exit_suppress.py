# __exit__ return value decides suppression; exit receives exception info
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.seen = (t.__name__ if t else None, str(v) if v else None)
        return t is not None and issubclass(t, self.types)
s = Suppress(KeyError, IndexError)
with s:
    {}['missing']
print('suppressed', s.seen)
with s:
    [][3]
print('suppressed', s.seen)
try:
    with s:
        1 / 0
except ZeroDivisionError as e:
    print('propagated', type(e).__name__, s.seen)
with s:
    pass
print('clean', s.seen)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 'yes'
class Falsy:
    def __enter__(self): return self
    def __exit__(self, *a): return 0
with Truthy():
    raise ValueError
print('truthy suppresses')
try:
    with Falsy():
        raise ValueError('falsy')
except ValueError as e:
    print('falsy propagates', e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('orig')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def gen_in_with():
    with Suppress(StopIteration):
        yield 1
        raise StopIteration
    yield 2
print(list(gen_in_with()))
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
def loop_suppress():
    out = []
    for i in range(4):
        with Suppress(ZeroDivisionError):
            out.append(10 // (i - 2))
    return out
print(loop_suppress())
