# upy-exp: handwritten: MicroPython's compile-time features (const() of floats, tuples, big integers and math constants, with its SyntaxErrors; the code-emitter decorators; __debug__ following opt_level); the output is the reference MicroPython's
import micropython, math
from micropython import const
F = const(2.5 * 2 + 1 / 4)
T = const((1, 'a', b'b', None, (F,)))
x = T
print(F, T, x is T, x is (1, 'a', b'b', None, (F,)))
Z = const(0xFFFFFFFFFFFFFFFF)
W = const(Z + 1)
print(hex(W), const(2.0 * math.pi) > 6.28)
for src in ['a = const(x)', 'A = const(1); A = const(2)', 'A = const(1 << -1)', 'A = const(1 // 0)', 'A = const(2 @ 3)']:
    try:
        exec(src)
        print('no error')
    except SyntaxError:
        print('SyntaxError')
@micropython.native
def f(a):
    return a + 1
@micropython.viper
def g():
    return 'viper'
print(f(1), g())
micropython.opt_level(1)
exec('print(__debug__)')
exec('assert 0')
micropython.opt_level(0)
exec('print(__debug__)')
