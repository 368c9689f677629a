# sys.exc_info()
import sys
print(sys.exc_info())
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, isinstance(v, t))
print(sys.exc_info())
def inner():
    return sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    print(inner().__name__)
def gen():
    try:
        raise IndexError
    except IndexError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
g = gen()
print(next(g))
print(next(g))
try:
    try:
        raise TypeError('inner')
    except TypeError:
        print(sys.exc_info()[0].__name__)
        raise ValueError('outer')
except ValueError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1].__context__))
print(sys.exc_info()[0])
print(hasattr(sys, 'exception') and sys.exception() is None or True)
