# misc statement forms: pass, semicolons, line continuation, ellipsis, unicode names
x = 1; y = 2; z = x + y
print(x, y, z)
if x: pass
while False: pass
for _ in (): pass
class Empty: pass
def nothing(): pass
print(nothing(), Empty.__name__)
def todo():
    ...
print(todo(), ... is Ellipsis, type(...).__name__, Ellipsis)
total = 1 + \
        2 + \
        3
print(total)
items = [
    1,
    2,
    3,
]
print(items)
call = max(
    4,
    9,
)
print(call)
π = 3.14159
naïve = 'unicode name'
変数 = 42
print(π, naïve, 変数)
if (1 and
        2):
    print('multi-line condition')
a = b = None
print(a is b is None)
def f(): return 'one-liner'
print(f())
class C: x = 1; y = 2
print(C.x + C.y)
s = 'semicolon; in string'; print(s)
print(__name__ == '__main__')
_ = 'underscore is a normal name'
print(_)
__ = 'dunder'
print(__)
