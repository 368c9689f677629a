# object and type methods declared once: slot-wrapper and method arity errors, unbound calls, object.__init__'s excess-argument rule
class C: pass
c = C()
for f in ['object.__setattr__(c, "x")','object.__setattr__(c, "x", 1, 2)','object.__eq__(c)','object.__hash__(c, 1)','object.__repr__()','object.__format__(c)','object.__dir__(c, 1)',
          'type.mro()','type.mro(1)','type.__getattribute__(1, "x")','type.__subclasscheck__(int)','type.__instancecheck__(int, 1, 2)','object.__new__(1)','object.__new__(C).__class__.__name__','type(None)(1)','type(NotImplemented)()',
          'object.__getattribute__(c, 1)','object.__eq__(c, c)','object.__ne__(c, 1)','int.mro()', 'type.__call__(1)', 'object.__init_subclass__(x=1)', 'object.__init__', 'type.mro', 'object.__eq__', 'object.__init__(c, 1, 2)']:
  try: print(f, '=', eval(f))
  except (TypeError, AttributeError) as e: print(f, '->', type(e).__name__, e)
class N:
    def __new__(cls, *a): return object.__new__(cls)
class I:
    def __init__(self, *a): object.__init__(self, *a)
print(type(N(1, 2)).__name__)
object.__init__(N(), 1)
for f in ['I(1)', 'I()', 'object.__init__(C(), x=1)', 'C(1)']:
  try: print(f, '=', type(eval(f)).__name__)
  except TypeError as e: print(f, '->', e)
