# startswith/endswith with tuples and ranges, removeprefix/removesuffix
s = 'hello world'
print(s.startswith('hello'), s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('world'), s.endswith('hello', 0, 5), s.endswith('o', 0, -6), s.endswith(''), s.startswith('', 11), s.startswith('', 12))
print(s.startswith(('x', 'he')), s.endswith(('x', 'y')), s.startswith(()), s.endswith(('ld',), -2))
print(s.startswith('h', -100), s.endswith('d', 5, 100), 'abc'.startswith('abc', 0, 2))
for bad in [lambda: s.startswith(['h']), lambda: s.startswith(1), lambda: s.endswith(('a', 1)), lambda: s.startswith()]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(s.removeprefix('hello '), s.removeprefix('x'), s.removesuffix(' world'), s.removesuffix('hello'), ''.removeprefix(''))
print('aaa'.removeprefix('a'), 'aaa'.removesuffix('aa'), 'abc'.removeprefix('abc'), 'abc'.removesuffix(''))
try:
    s.removeprefix(('h',))
except TypeError as e:
    print(type(e).__name__, e)
files = ['a.py', 'b.txt', 'c.PY', 'test_d.py', 'e.pyc']
print([f for f in files if f.endswith(('.py', '.txt'))], [f.removesuffix('.py') for f in files if f.startswith('test_')])
print(b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')), b'hello'.removeprefix(b'he'), bytearray(b'xyz').removesuffix(b'z'))
