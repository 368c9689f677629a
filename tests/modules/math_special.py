# math special values and special functions
import math
print(math.erf(0), round(math.erf(1), 12), round(math.erfc(1), 12), math.erf(math.inf), math.erfc(-math.inf))
print(math.gamma(5), math.gamma(0.5) ** 2 - math.pi < 1e-12, round(math.lgamma(10), 10), math.gamma(1))
print(math.floor(-0.0), math.copysign(1, -0.0), math.fabs(-0.0), math.sqrt(math.inf))
print(math.exp(-math.inf), math.log(math.inf), math.atan(-math.inf) == -math.pi / 2, math.hypot(math.inf, math.nan))
print(math.isnan(math.inf - math.inf), math.isnan(math.nan * 0), math.fsum([1e100, 1.0, -1e100]), math.fsum([math.inf, 1]))
print(math.ceil(1e-300), math.floor(-1e-300), math.trunc(-0.999), round(math.pi, 5), round(math.e, 5))
print(math.frexp(1e-310), math.ldexp(*math.frexp(123.456)), math.modf(math.inf), math.modf(-0.0))
print(math.copysign(math.inf, -1), math.copysign(math.nan, -1) != math.copysign(math.nan, -1), math.isinf(1e308 * 10))
print(math.factorial(10) == math.prod(range(1, 11)), math.comb(100, 50) == math.factorial(100) // (math.factorial(50) ** 2))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf), math.pow(2, -math.inf), math.pow(0.5, -math.inf))
print(math.isqrt(2 ** 200 - 1) == 2 ** 100 - 1, math.trunc(1e300) == int(1e300))
