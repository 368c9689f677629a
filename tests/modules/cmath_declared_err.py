# cmath functions declared once: arity and keyword errors, normal calls
import cmath
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(cmath.sqrt(-4), cmath.log(8, 2), cmath.rect(1, 0), cmath.phase(-1), cmath.polar(1j))
print(cmath.isclose(1j, 1.0000000001j), cmath.isclose(a=1, b=1.1, abs_tol=0.2), cmath.isnan(1))
print(cmath.sqrt, cmath.sqrt.__name__)
t(lambda: cmath.sqrt())
t(lambda: cmath.sqrt(z=1))
t(lambda: cmath.exp(1, 2))
t(lambda: cmath.phase())
t(lambda: cmath.polar(1, 2))
t(lambda: cmath.isinf(z=1))
t(lambda: cmath.log())
t(lambda: cmath.log(1, 2, 3))
t(lambda: cmath.log(z=1))
t(lambda: cmath.rect(1))
t(lambda: cmath.rect(1, phi=2))
t(lambda: cmath.isclose(1))
t(lambda: cmath.isclose(1, 2, 3))
t(lambda: cmath.isclose(1, 2, tol=3))
t(lambda: cmath.isclose(1, 2, 3, 4, 5))
