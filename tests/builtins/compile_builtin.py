# compile()
c = compile('a + b', 'file.py', 'eval')
print(eval(c, {'a': 1, 'b': 2}), eval(c, {'a': 'x', 'b': 'y'}))
c2 = compile('for i in range(3):\n    out.append(i * i)\n', 'f', 'exec')
ns = {'out': []}
exec(c2, ns)
exec(c2, ns)
print(ns['out'])
c3 = compile('def fn(x):\n    return x * 2\n', '<src>', 'exec')
g = {}
exec(c3, g)
print(g['fn'](21))
c4 = compile('x = 5', '<s>', 'single')
d = {}
exec(c4, d)
print(d['x'])
c5 = compile(b'1 + 1', '<bytes>', 'eval')
print(eval(c5))
c6 = compile('import math\nr = math.sqrt(16)', '<s>', 'exec')
d = {}
exec(c6, d)
print(d['r'])
try:
    compile('1 +', '<s>', 'eval')
except SyntaxError as e:
    print('SyntaxError')
try:
    compile('x', '<s>', 'nope')
except ValueError as e:
    print('ValueError', e)
try:
    compile(5, '<s>', 'exec')
except TypeError as e:
    print('TypeError')
