# cmath module
import cmath, math
def r(z):
    # normalise -0.0 to 0.0: signed zeros of results are not compared
    return complex(round(z.real, 10) + 0.0, round(z.imag, 10) + 0.0)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), r(cmath.sqrt(1j)), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)))
print(r(cmath.exp(1j * math.pi)), r(cmath.exp(0)), r(cmath.log(-1)), r(cmath.log(1j)), r(cmath.log10(100)), r(cmath.log(8, 2)))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(-1 - 0j), cmath.phase(complex(-1, -0.0)), abs(3 + 4j))
print(cmath.polar(1j), r(cmath.rect(2, math.pi / 2)), cmath.polar(-2), r(cmath.rect(1, 0)))
for z in [0.5 + 0.5j, 0.3j, -2]:
    print(z, r(cmath.sin(z)), r(cmath.cos(z)), r(cmath.tan(z)), r(cmath.asin(z)), r(cmath.acos(z)), r(cmath.atan(z)))
    print(z, r(cmath.sinh(z)), r(cmath.cosh(z)), r(cmath.tanh(z)), r(cmath.asinh(z)), r(cmath.acosh(z)))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.isclose(1j, 1.0000000001j))
print(type(cmath.sqrt(4)).__name__, type(cmath.phase(1)).__name__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: cmath.log(0))
t(lambda: cmath.sqrt('x'))
t(lambda: cmath.atanh(1))
t(lambda: cmath.exp(1000))
t(lambda: cmath.log(1, 0))
t(lambda: cmath.atan(1j))
