# with statements with multiple context managers: order of enter/exit
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        if self.fail_enter:
            raise RuntimeError('enter failed ' + self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None, v)
        return self.suppress
with CM('a') as a, CM('b') as b:
    print('body', a, b)
try:
    with CM('a'), CM('b', fail_enter=True), CM('c'):
        print('not reached')
except RuntimeError as e:
    print('caught', e)
with CM('outer', suppress=True), CM('inner'):
    raise ValueError('boom')
print('after suppressed')
with CM('outer'), CM('inner', suppress=True):
    raise ValueError('boom2')
print('after inner suppressed')
with (CM('p1') as p1,
      CM('p2') as p2):
    print('parenthesized', p1, p2)
def f():
    with CM('ret'):
        return 'returned'
print(f())
for i in range(2):
    with CM('loop%d' % i):
        if i == 0:
            continue
        break
with CM('x') as (first, *rest):
    print(first, rest)
class Target:
    pass
t = Target()
with CM('attr') as t.val:
    pass
print(t.val)
d = {}
with CM('item') as d['k']:
    pass
print(d)
