# functions and classes defined conditionally or redefined
import sys
if sys.version_info[0] >= 3:
    def version():
        return 'py3'
else:
    def version():
        return 'old'
print(version())
def f():
    return 1
g = f
def f():
    return 2
print(f(), g())
for i in range(3):
    def loop_fn(i=i):
        return i * 10
print(loop_fn())
try:
    def safe():
        return 'defined in try'
except Exception:
    pass
print(safe())
while True:
    class InLoop:
        v = 'class in loop'
    break
print(InLoop.v)
def maker(kind):
    if kind == 'a':
        class R:
            name = 'A'
    else:
        class R:
            name = 'B'
    return R
print(maker('a').name, maker('b').name)
flag = False
if flag:
    def maybe():
        pass
print('maybe' in globals())
class K:
    def m(self):
        return 'first'
    def m(self):
        return 'second'
print(K().m())
def outer():
    def inner():
        return 'inner v1'
    r1 = inner()
    def inner():
        return 'inner v2'
    return r1, inner()
print(outer())
