# eval() and exec()
print(eval('1 + 2'), eval('  3 * 4  '), eval('"s" * 2'), eval('[x * 2 for x in range(3)]'))
x = 10
print(eval('x + 1'), eval('x + y', {'x': 1, 'y': 2}), eval('x', {}, {'x': 'local'}))
g = {'a': 5}
exec('b = a * 2', g)
print(g['b'], sorted(k for k in g if k != '__builtins__'))
ns = {}
exec('def f(n):\n    return n + 100\nresult = f(1)', ns)
print(ns['result'], ns['f'](2))
loc = {}
exec('z = 3', {}, loc)
print(loc)
exec('print("printed by exec")')
print(exec('1 + 1'), eval('None'))
code = compile('q * 2', '<s>', 'eval')
print(eval(code, {'q': 21}), type(code).__name__)
code2 = compile('w = 7\nv = w + 1', '<s>', 'exec')
d = {}
exec(code2, d)
print(d['v'])
single = compile('1 + 1', '<s>', 'single')
print(type(single).__name__)
print(eval('(lambda a: a ** 2)(9)'), eval('len("abc")'), eval('abs(-3)', {}))
def scope():
    local_v = 'local value'
    return eval('local_v')
print(scope())
exec('class K:\n    v = 5\nk_v = K.v', g)
print(g['k_v'])
print(eval(b'1 + 1') if True else None, eval('\n1 + 1\n'.strip()))
counter = {'n': 0}
for i in range(3):
    exec('n += 1', counter)
print(counter['n'])
