# eval() with explicit globals/locals, expressions only, builtins access
g = {'x': 10}
l = {'y': 5}
print(eval('x + y', g, l), eval('x * 2', g), eval('len("abc")', {}), eval('[i for i in range(x)]', g)[-1])
print(eval('1 + 1'), eval('  2 * 3  '), eval('\n4\n'), eval('(lambda a: a + x)(1)', g))
print('__builtins__' in g)
print(eval('abs(-3)', {'__builtins__': {'abs': lambda v: 'mine'}}))
try:
    eval('len([])', {'__builtins__': {}})
except NameError as e:
    print(type(e).__name__, e)
for src in ['x = 1', 'import sys', 'def f(): pass', '1 +', 'for i in []: pass', '']:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__)
try:
    eval('undefined_name_q')
except NameError as e:
    print(type(e).__name__, e)
try:
    eval(123)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval('1', [])
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def __getitem__(self, k):
        if k == 'magic':
            return 42
        raise KeyError(k)
print(eval('magic + 1', {}, Mapping()))
print(eval(b'3 * 3'), eval('x', {'x': 'bytes-ok'}))
def f():
    local_v = 'local'
    return eval('local_v + "!"')
print(f())
print(eval('(w := 5) + 1', g), g.get('w'))
