# sys.exc_info in modules context
import sys
def describe():
    t, v, tb = sys.exc_info()
    return (t.__name__ if t else None, str(v) if v else None, tb is not None)
print(describe())
try:
    int('bad')
except ValueError:
    print(describe())
print(describe())
try:
    try:
        {}['k']
    except KeyError:
        print(describe())
        raise IndexError('replacement')
except IndexError:
    print(describe())
def in_finally():
    try:
        raise TypeError('tf')
    finally:
        print(describe())
try:
    in_finally()
except TypeError:
    pass
print(describe())
