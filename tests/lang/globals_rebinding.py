# Global and builtin names re-read after every kind of rebinding (the
# interpreter memoises where it found them).
def f():
    return len
print(f() is len)
len = lambda x: 42
print(f()([1, 2]))
del len
print(f()([1, 2]))
g = 1
def h():
    return g
print(h())
g = 2
print(h())
globals()['g'] = 3
print(h())
del g
try:
    h()
except NameError as e:
    print('NameError', e)
code = compile('x + y', '<s>', 'eval')
for i in range(4):
    print(eval(code, {'x': i, 'y': 10 * i}))
ns = {}
exec('def q():\n    return z\nz = 5', ns)
print(ns['q']())
ns['z'] = 6
print(ns['q']())
import builtins
orig = builtins.abs
def k():
    return abs(-3)
print(k())
builtins.abs = lambda x: 'patched'
print(k())
abs = lambda x: 'global'
print(k())
del abs
print(k())
builtins.abs = orig
print(k())
for n in range(30):
    globals()['v%d' % n] = n
def total():
    return v0 + v29
print(total())
v29 = 100
print(total())
