# dir()
class A:
    cls_attr = 1
    def method(self):
        pass
class B(A):
    b_attr = 2
b = B()
b.inst = 3
names = dir(b)
print([n for n in names if not n.startswith('__')])
print(names == sorted(names), '__init__' in names, '__class__' in names)
print([n for n in dir(A) if not n.startswith('_')], [n for n in dir(B) if not n.startswith('_')])
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
import mod_dir_helper
print([n for n in dir(mod_dir_helper) if not n.startswith('__')])
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir(''), 'bit_length' in dir(1))
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'mid']
print(dir(Custom()))
print('sys' not in dir(), 'f' in dir(), 'A' in dir())
