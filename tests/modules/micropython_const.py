# upy-exp: handwritten: micropython.const is MicroPython's (folded at compile time; a name starting with _ is not stored in the module); the output is what the reference MicroPython prints for this program
from micropython import const
_A = const(5)
B = const(_A * 2 + 1)
_C = const(-(1 << 4))
S = const('text')
def f():
    return _A + B + _C
class K:
    v = _A
print(f(), K.v, S, '_A' in globals(), 'B' in globals(), '_C' in globals(), 'S' in globals())
D = const(3)
print(D, 'D' in globals())
class K2:
    _Y = const(3)
    Z = const(4)
print(K2.Z, hasattr(K2, '_Y'), const((1, 2)), const(10 // -3), const(-7 % 3), const(2 ** 70))
def g():
    _v = const(9)
    return _v
print(g())
try:
    exec('E = const(len("abc"))')
except SyntaxError as e:
    print('SyntaxError')
print([_A for _ in range(2)], (lambda: _C)())
import micropython
micropython.heap_lock()
try:
    x = [1, 2, 3] * 100
    print('allocated')
except MemoryError:
    print('MemoryError while locked')
print(micropython.heap_unlock())
y = [1, 2, 3] * 100
print(len(y))
