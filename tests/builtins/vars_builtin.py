# vars()
class C:
    cls = 1
    def __init__(self):
        self.a = 1
        self.b = 'two'
c = C()
print(vars(c), vars(c) is c.__dict__)
vars(c)['dyn'] = 3
print(c.dyn)
print(sorted(k for k in vars(C) if not k.startswith('__')))
def f():
    x = 1
    y = 2
    return sorted(vars().items())
print(f())
import mod_vars_helper
print(sorted(k for k in vars(mod_vars_helper) if not k.startswith('__')))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: vars(1))
t(lambda: vars('s'))
t(lambda: vars(1, 2))
