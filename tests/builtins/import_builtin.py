# __import__ and import-related builtins
m = __import__('math')
print(m.__name__, m.floor(2.5))
j = __import__('json')
print(j.dumps([1]))
import sys
print(__import__('sys') is sys)
mod = __import__('collections')
print(hasattr(mod, 'deque'))
try:
    __import__('definitely_not_a_module_xyz')
except ImportError as e:
    print(type(e).__name__)
try:
    __import__(5)
except TypeError as e:
    print('TypeError', e)
import builtins
print(builtins.len([1, 2]), builtins.abs is abs, hasattr(builtins, 'print'), 'len' in dir(builtins))
print(builtins.int is int, builtins.Exception is Exception)
