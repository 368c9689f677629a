# programs that must be rejected at compile time (only the type is compared)
cases = [
    'return 1',
    'break',
    'continue',
    'def f():\n    nonlocal x',
    'nonlocal x',
    'def f(a, a): pass',
    'f(a=1, a=2)',
    '1 = x',
    'f() = 1',
    'x + 1 = 2',
    'del 1',
    '(a, b) += 1',
    'a, *b, *c = x',
    '*a = x',
    'def f(a=1, b): pass',
    'def f(*, **k): pass',
    'lambda: (yield)' if False else 'yield 1',
    'class C:\n    return 1',
    'x = (1,',
    'if True\n    pass',
    'def f():\nreturn 1',
    'for x in y:\n  pass\n    pass',
    'print "hi"',
    'f(**k, *a)',
    'f(a=1, 2)',
    'a := 1',
    'def f():\n    x = 1\n    global x',
    'try:\n    pass',
    'await x',
    'async def f():\n    yield from x',
    'x = [i for i in range(3)] = 1',
    "'abc",
    '"""abc',
    '0 if 1',
    'import',
    'from x import',
    '@\ndef f(): pass',
    'with a as 1: pass',
    'else: pass',
    'except: pass',
]
for src in cases:
    try:
        compile(src, '<test>', 'exec')
        print('compiled?!', repr(src))
    except SyntaxError as e:
        print(type(e).__name__ in ('SyntaxError', 'IndentationError', 'TabError'), repr(src))
print(issubclass(IndentationError, SyntaxError))
ok = ['x = 1', 'def f():\n    yield', 'lambda: (yield)', 'f(*a, *b, **c, **d)', 'a, *b = c', 'x = y = z = 1']
for src in ok:
    compile(src, '<test>', 'exec')
    print('ok', repr(src))
