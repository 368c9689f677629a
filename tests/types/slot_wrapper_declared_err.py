# dunder wrappers of builtin types declared once: CPython's slot-wrapper wording, descriptors and results
class I(int): pass
calls = ['(1).__add__()', '(1).__add__(1, 2)', '(1).__add__(2)', '(1).__radd__(2.5)', 'int.__add__(1.5, 2)',
         '(2).__pow__()', '(2).__pow__(1, 2, 3)', '(2).__pow__(10, 7)', '(1).__add__(x=1)', '[].__len__(1)',
         '[1].__getitem__()', 'list.__setitem__([1], 0)', '"ab".__contains__("a")', '(1).__lt__(2)', '(1).__lt__()',
         '(2.5).__round__()', '(2.5).__round__(1, 2)', '(7).__divmod__(2)', '(7).__rdivmod__(2)', 'I(5).__add__(1)',
         '(3).__neg__(1)', '"a".__mul__(3)', '{1}.__or__({2})', '(1.5).__floor__()', '(1.5).__ceil__()',
         'int.__add__', 'int.__pow__', 'list.__len__', 'len(str.__dict__) > 0', 'divmod(I(7), 2)', 'abs(I(-3))',
         'int.__neg__("x")', 'sys.version_info.major >= 3']
import sys
for c in calls:
    try:
        print(c, '=', eval(c))
    except TypeError as e:
        print(c, '->', e)
