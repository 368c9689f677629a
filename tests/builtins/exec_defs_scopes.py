# exec(): defining functions/classes into namespaces, separate globals/locals, return value
ns = {}
r = exec('''
def square(n):
    return n * n
class Box:
    def __init__(self, v): self.v = v
total = sum(square(i) for i in range(4))
''', ns)
print(r, ns['total'], ns['square'](9), ns['Box'](3).v, sorted(k for k in ns if not k.startswith('__')))
g, l = {}, {}
exec('a = 1\ndef f():\n    return a\nb = f() if "a" in globals() else "no-a"', g, l)
print(sorted(l), l['b'], 'a' in g)
exec('counter = 0\nfor i in range(5):\n    counter += i', ns)
print(ns['counter'])
code = compile('result = 6 * 7', '<test>', 'exec')
exec(code, ns)
print(ns['result'])
for bad in ['x = ', 'def f(:\n  pass', 'return 5', 'break']:
    try:
        exec(bad, {})
    except SyntaxError as e:
        print(repr(bad), type(e).__name__)
try:
    exec('raise ValueError("inside exec")', {})
except ValueError as e:
    print(type(e).__name__, e)
try:
    exec('nope', {})
except NameError as e:
    print(type(e).__name__, e)
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
def runner():
    loc = {}
    exec('z = 99', globals(), loc)
    return loc['z']
print(runner())
shared = {'log': []}
exec('log.append(1)', shared)
exec('log.append(2)', shared)
print(shared['log'])
exec('import sys as _s\nmodname = _s.__name__', ns)
print(ns['modname'])
src = 'def gen():\n    yield from range(3)\nout = list(gen())'
exec(src, ns)
print(ns['out'])
