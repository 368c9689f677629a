# from module import *
from mod_all import *
print(public_a, shown)
try:
    public_b
except NameError:
    print('public_b not imported (not in __all__)')
from mod_noall import *
print(x, y)
try:
    _z
except NameError:
    print('_z not imported (underscore)')
import mod_noall
print(mod_noall._z)
