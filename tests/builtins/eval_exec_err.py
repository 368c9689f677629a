# eval()/exec()/compile() errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def syn(f):
    try:
        f()
        print('no error')
    except SyntaxError as e:
        print(type(e).__name__)
t(lambda: eval('undefined_name'))
t(lambda: eval('1 / 0'))
t(lambda: eval('x', {'y': 1}))
t(lambda: exec('raise ValueError("from exec")'))
t(lambda: eval(5))
t(lambda: exec(5))
t(lambda: eval('1', 5))
t(lambda: compile('1', '<s>', 'bad_mode'))
syn(lambda: eval('1 +'))
syn(lambda: eval('x = 1'))
syn(lambda: exec('def'))
syn(lambda: compile('a b', '<s>', 'exec'))
syn(lambda: compile('1\n2', '<s>', 'eval'))
syn(lambda: eval(''))
syn(lambda: exec('if x:\nprint(1)'))
print(exec(''), exec('\n\n'))
