# f-string / format error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: f'{1:d}')
t(lambda: f'{1.5:d}')
t(lambda: f'{"s":d}')
t(lambda: f'{1:s}')
t(lambda: f'{[]:>5}')
t(lambda: f'{None:x}')
t(lambda: f'{1:zz}')
t(lambda: f'{"a":=5}')
t(lambda: f'{1:,d}')
t(lambda: f'{"a":+}')
t(lambda: f'{undefined_name}')
t(lambda: f'{1 / 0}')
t(lambda: f'{[1][5]}')

# syntax errors: only the exception type is compared
def syn(src):
    try:
        eval(src)
        print('no error')
    except SyntaxError as e:
        print(type(e).__name__)

syn("f'{'")
syn("f'}'")
syn("f'{}'")
syn("f'{1!x}'")
