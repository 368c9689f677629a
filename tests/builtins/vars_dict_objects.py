# vars() and __dict__ on instances, classes and modules
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = [2]
c = C()
print(vars(c), vars(c) is c.__dict__, 'cls_attr' in vars(C), 'a' in vars(C))
vars(c)['new'] = 'via dict'
print(c.new, sorted(c.__dict__))
c.__dict__.update(x=1, y=2)
print(c.x, c.y, len(vars(c)))
del c.__dict__['x']
print(hasattr(c, 'x'))
for bad in [1, 'str', [1], None]:
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    vars(c, c)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    __slots__ = ('p',)
try:
    vars(S())
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_var = 5
    return sorted(vars())
print(f())
import sys
print(vars(sys) is sys.__dict__, 'argv' in vars(sys))
print(sorted(k for k in vars() if k in ('C', 'c', 'f', 'S')))
class Empty:
    pass
e = Empty()
print(vars(e), e.__dict__ == {}, type(vars(Empty)).__name__ in ('mappingproxy', 'dict'))
e.__dict__ = {'replaced': True}
print(e.replaced, vars(e))
