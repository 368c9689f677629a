# __setattr__ / __delattr__ hooks, frozen objects, object.__setattr__
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, k, v):
        raise AttributeError('cannot set %r: frozen' % k)
    def __delattr__(self, k):
        raise AttributeError('cannot delete %r: frozen' % k)
    def __repr__(self):
        return 'Frozen(%s)' % ', '.join('%s=%r' % kv for kv in sorted(vars(self).items()))
f = Frozen(a=1, b='two')
print(f)
for action in (lambda: setattr(f, 'a', 5), lambda: delattr(f, 'b'), lambda: exec('f.c = 3', {'f': f})):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print(f.a, f.b)
class Validated:
    def __setattr__(self, k, v):
        if k.startswith('n_') and not isinstance(v, int):
            raise TypeError('%s must be int' % k)
        print('set', k, v)
        super().__setattr__(k, v)
    def __delattr__(self, k):
        print('del', k)
        super().__delattr__(k)
v = Validated()
v.n_count = 3
v.name = 'x'
try:
    v.n_bad = 'no'
except TypeError as e:
    print(type(e).__name__, e)
del v.name
try:
    del v.name
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(vars(v)))
v.n_count += 1
print(v.n_count)
class Recorder:
    def __init__(self):
        self.__dict__['history'] = []
    def __setattr__(self, k, v):
        self.history.append((k, v))
        self.__dict__[k] = v
r = Recorder()
r.x = 1
r.x = 2
r.y = [r.x]
print(r.history, r.x)
try:
    object.__setattr__(1, 'x', 2)
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
try:
    setattr(object(), 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(v, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
