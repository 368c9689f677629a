# SyntaxError raised by compile/exec/eval: type, msg, lineno, str()
srcs = ['x = = 1', 'def f(:\n    pass', 'if True\n    pass', 'return 1', '(1, 2', 'a b', 'x = 1\ny = (\n', 'f(**x, *y)',
        'del 1', '1 = x', 'lambda: (yield)', 'class', '"unterminated', 'def f():\n  x = 1\n    y = 2', 'for x in 1, 2:\nprint(x)']
for s in srcs:
    try:
        compile(s, '<src>', 'exec')
        print(repr(s), 'compiled')
    except SyntaxError as e:
        print(repr(s), type(e).__name__, e.lineno, e.filename, isinstance(e, SyntaxError))
try:
    compile('1 +', 'file.py', 'eval')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
e = SyntaxError('custom message')
print(str(e), e.msg, e.lineno, e.args)
e2 = SyntaxError('msg', ('f.py', 3, 5, 'bad line', 3, 6))
print(e2.msg, e2.filename, e2.lineno, e2.offset, e2.text, str(e2))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
try:
    exec('def g():\nreturn 1')
except IndentationError as ie:
    print(type(ie).__name__, ie.lineno)
