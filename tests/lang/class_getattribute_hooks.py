# __getattribute__ vs __getattr__, and attribute access hooks
class Traced:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith('_'):
            print('getattribute', name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print('getattr fallback', name)
        if name == 'magic':
            return 42
        raise AttributeError('%s has no %s' % (type(self).__name__, name))
t = Traced()
print(t.x)
print(t.magic)
try:
    t.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(t, 'nope', 'default'), hasattr(t, 'x'))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, '_log', [])
    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append('set ' + name)
        setattr(self._target, name, value)
class Thing:
    def __init__(self): self.a = 'A'
    def hello(self): return 'hello from thing'
th = Thing()
p = Proxy(th)
print(p.a, p.hello())
p.b = 'B'
print(th.b, p._log)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Raiser:
    def __getattribute__(self, name):
        raise AttributeError('blocked ' + name)
    def __getattr__(self, name):
        return 'recovered ' + name
print(Raiser().anything)
class ErrInGetattr:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(ErrInGetattr(), 'q')
except KeyError as e:
    print('KeyError propagates through hasattr', e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:].upper()
        raise AttributeError(name)
print(Dyn().get_foo(), Dyn().get_bar_baz())
