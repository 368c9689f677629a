# shadowing builtin names locally/globally, and restoring them with del
def uses_len(x):
    return len(x)
print(uses_len('abc'))
len = lambda x: 'shadowed'
print(uses_len('abc'), len([1, 2]))
del len
print(uses_len('abc'), len([1, 2]))
def local_shadow():
    list = 'not a list'
    return list
print(local_shadow(), list('ab'))
class C:
    str = 'class attr named str'
    def m(self):
        return str(5)
print(C.str, C().m())
def param_shadow(max=3, min=1):
    return max - min
print(param_shadow(), max(1, 2))
import builtins
orig = builtins.abs
builtins.abs = lambda x: 'patched abs'
print(abs(-1))
builtins.abs = orig
print(abs(-1))
sum = 0
for i in range(5):
    sum += i
print(sum)
del sum
print(sum([1, 2]))
try:
    del print
except NameError as e:
    print(type(e).__name__, e)
def f():
    try:
        return range
    finally:
        pass
print(f() is range)
type = 'shadow type'
print(type)
del type
print(type(1).__name__)
