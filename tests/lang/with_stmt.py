# with statement
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM('a') as x:
    print('body', x)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with CM('outer', True):
    with CM('inner'):
        raise ValueError('boom')
    print('not reached')
print('after suppress')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
def f():
    with CM('r'):
        return 'returned'
print(f())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
with CM('noas'):
    pass
with CM('t') as (p):
    print(p)
class Tup:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
with Tup() as (a, b):
    print(a, b)
with (CM('p1') as q1, CM('p2') as q2):
    print(q1, q2)
class Bad:
    pass
try:
    with Bad():
        pass
except (TypeError, AttributeError) as e:
    print('not a context manager')
