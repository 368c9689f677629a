# exceptions and context managers
class Tracker:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, repr(ev) if ev else '')
        return et is not None and issubclass(et, self.swallow)
with Tracker('swallow-value', ValueError):
    raise ValueError('x')
print('after swallowed ValueError')
try:
    with Tracker('swallow-value', ValueError):
        raise TypeError('y')
except TypeError as e:
    print('TypeError escaped', e)
with Tracker('outer', KeyError):
    with Tracker('inner', ValueError):
        raise KeyError('k')
print('outer swallowed KeyError')
def in_function():
    with Tracker('func', LookupError):
        [][1]
        print('not reached')
    return 'function continued'
print(in_function())
for i in range(2):
    with Tracker('loop%d' % i, ZeroDivisionError):
        1 / 0
class ExitSeesException:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.args = args
        return True
cm = ExitSeesException()
with cm:
    raise IndexError('seen')
print(cm.args[0].__name__, repr(cm.args[1]), cm.args[2] is not None)
with cm:
    pass
print(cm.args)
