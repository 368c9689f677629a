# property, classmethod, staticmethod and function.__get__ declared once: arity errors and descriptors
def f(): pass
class C:
    @property
    def p(self): return 1
for e in ['property().__get__()','property().__set__(1)','property(1,2,3,4,5)','property(x=1)','classmethod(1,2)','classmethod()','classmethod(f=1)','staticmethod()','property().getter()','property.getter(1,2)','f.__get__()','f.__get__(1,2,3)','property.__get__(1, 2)','type(f).__get__(1,2)', 'C().p', 'C.p.__get__(C())', 'property(fget=f).fget is f', 'property(f, doc="d").fset', 'C.p.__get__(None, C) is C.p', 'f.__get__(None, C) is f', 'f.__get__(1)()']:
  try: print(e, '=', eval(e))
  except TypeError as x: print(e, '->', repr(str(x)))
