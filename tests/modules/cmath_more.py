# cmath: huge and tiny arguments, branch cuts, logs with bases, argument conversion and errors
import cmath, math
def r(z):
    return complex(round(z.real, 9) + 0.0, round(z.imag, 9) + 0.0)
for z in [1e300 + 1e300j, 1e-310 + 1e-310j, 3 + 4j, -3 - 4j, 2, 0.5j, -1.5 + 0.25j, 1e200j]:
    print(z, r(cmath.sqrt(z)), r(cmath.log(z)), r(cmath.asinh(z)), r(cmath.acosh(z)), r(cmath.atanh(z)), r(cmath.acos(z)))
for z in [700 + 1j, -700 + 2j, 20 + 0.5j, 0.1 + 100j]:
    print(z, r(cmath.tanh(z)), cmath.isfinite(cmath.cosh(z)))
print(r(cmath.log(100, 10)), r(cmath.log(1j, 2)), r(cmath.log10(-100)), r(cmath.exp(1 + 1j)))
print(cmath.polar(3 + 4j), r(cmath.rect(1, math.pi)), cmath.rect(0, 1), cmath.phase(-2), cmath.phase(0))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 0.25
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(True), cmath.sqrt(10 ** 20))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: cmath.log(1, 1))
t(lambda: cmath.sinh(1000))
t(lambda: cmath.cosh(1000 + 1j))
t(lambda: cmath.rect(1, math.inf))
t(lambda: cmath.sqrt(None))
t(lambda: cmath.isclose(1, 1.1, rel_tol=-1))
t(lambda: cmath.isclose(1 + 1j, 1 + 1.05j, rel_tol=0.1))
t(lambda: cmath.sqrt(10 ** 400))
