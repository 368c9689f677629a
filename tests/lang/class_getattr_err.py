# attribute error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class A:
    x = 1
    def __init__(self):
        self.y = 2
a = A()
t(lambda: a.z)
t(lambda: A.z)
t(lambda: (1).foo)
t(lambda: 'abc'.foo)
t(lambda: [].foo)
t(lambda: None.foo)
t(lambda: getattr(a, 'q'))
t(lambda: getattr(a, 5))
t(lambda: setattr(1, 'x', 2))
t(lambda: setattr([], 'x', 2))
t(lambda: delattr(a, 'nope'))
t(lambda: delattr(A, 'nope'))
def set_on_builtin():
    int.foo = 1
t(set_on_builtin)
def set_on_str():
    s = 'x'
    s.upper = None
t(set_on_str)
def del_method():
    del a.__init__
t(del_method)
class G:
    def __getattr__(self, n):
        raise AttributeError('custom %s' % n)
t(lambda: G().abc)
class H:
    def __getattr__(self, n):
        raise KeyError(n)
t(lambda: H().abc)
t(lambda: hasattr(H(), 'abc'))
t(lambda: getattr(H(), 'abc', 'd'))
