# __getattr__ / __getattribute__ / __setattr__ / __delattr__
class Dyn:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('x'):
            return 'dyn_' + name
        raise AttributeError(name)
d = Dyn()
print(d.real, d.xyz, getattr(d, 'x1'))
print(hasattr(d, 'xa'), hasattr(d, 'nope'))
try:
    d.nope
except AttributeError as e:
    print('AttributeError', e)
class Rec:
    def __init__(self):
        object.__setattr__(self, 'log', [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
r = Rec()
r.a = 5
r.b = 'x'
print(r.a, r.b, r.log)
del r.a
print(r.log, hasattr(r, 'a'))
class Every:
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def normal(self):
        return 'normal'
e = Every()
print(e.secret, e.normal())
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, k, v):
        raise AttributeError('frozen: ' + k)
f = Frozen(1)
print(f.v)
try:
    f.v = 2
except AttributeError as e:
    print('AttributeError', e)
class Fallback:
    cls_attr = 'class'
    def __getattr__(self, n):
        return 'fallback ' + n
fb = Fallback()
print(fb.cls_attr, fb.missing)
fb.inst = 'inst'
print(fb.inst)
print(getattr(fb, 'zzz', 'default'))
class Prox:
    def __init__(self, target):
        self._t = target
    def __getattr__(self, n):
        return getattr(self._t, n)
pl = Prox([3, 1, 2])
pl.sort()
print(pl._t, pl.count(1))
