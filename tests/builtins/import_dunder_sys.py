# __import__ and import statement forms using only builtin modules
s = __import__('sys')
import sys
print(s is sys, type(s).__name__, s.__name__)
import sys as system
from sys import argv, path as p
print(system is sys, argv is sys.argv, p is sys.path)
m = __import__('sys', globals(), locals(), ['argv'], 0)
print(m is sys)
for name in ['no_such_module_xyz', 'sys.nope_sub']:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, isinstance(e, ModuleNotFoundError))
try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name_q
except ImportError as e:
    print(type(e).__name__, 'cannot import name' in str(e))
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    __import__('')
except ValueError as e:
    print(type(e).__name__, e)
def f():
    import sys as local_sys
    return local_sys is sys, 'local_sys' in locals()
print(f())
print('sys' in sys.modules, sys.modules['sys'] is sys, isinstance(sys.argv, list))
print(__name__, type(__builtins__).__name__ in ('module', 'dict'))
import builtins
print(builtins.len is len, builtins.print is print, hasattr(builtins, 'open') or True)
