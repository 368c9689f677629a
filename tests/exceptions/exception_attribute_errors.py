# AttributeError messages for instances, classes, modules, builtins, and name= / obj= attributes
class C:
    x = 1
    def __init__(self): self.y = 2
c = C()
import sys
for obj, name in [(c, 'z'), (C, 'z'), (sys, 'nope'), (1, 'nope'), ('s', 'upperr'), ([], 'push'), (None, 'x'), (len, 'foo'),
                  (C.__init__, 'q'), ({}, 'has_key'), (type, 'bogus'), (True, 'x'), (1.5, 'x'), (b'', 'encode')]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    c.missing
except AttributeError as e:
    print(e.name if hasattr(e, 'name') else 'no-name', e.obj is c if hasattr(e, 'obj') else 'no-obj')
for obj, name in [(1, 'real'), ('s', 'x'), ([], 'append'), (None, 'attr')]:
    try:
        setattr(obj, name, 5)
    except AttributeError as e:
        print('set', type(e).__name__, e)
for obj, name in [(c, 'nope'), (C, 'nope'), (1, 'real')]:
    try:
        delattr(obj, name)
    except AttributeError as e:
        print('del', type(e).__name__, e)
class Slots:
    __slots__ = ('a',)
s = Slots()
try:
    s.b = 1
except AttributeError as e:
    print('slots', e)
try:
    s.a
except AttributeError as e:
    print('slots unset', e)
class P:
    @property
    def ro(self): return 1
try:
    P().ro = 2
except AttributeError as e:
    print('property', type(e).__name__)
