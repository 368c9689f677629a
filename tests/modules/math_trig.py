# math trigonometric and hyperbolic functions
import math
def r(x):
    return round(x, 12)
for x in [0, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -1.25]:
    print(x, r(math.sin(x)), r(math.cos(x)), r(math.tan(x)), r(math.sinh(x)), r(math.cosh(x)), r(math.tanh(x)))
for x in [-1, -0.5, 0, 0.5, 1]:
    print(x, r(math.asin(x)), r(math.acos(x)), r(math.atan(x)), r(math.asinh(x)), r(math.atanh(x * 0.9)))
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)), math.atan2(0.0, 0.0), r(math.atan2(1, 0)))
print(math.acosh(1), r(math.acosh(2)), math.sin(0.0), math.cos(0.0), math.tan(0.0), math.sin(-0.0))
print(math.atan(math.inf) == math.pi / 2, math.tanh(math.inf), math.tanh(-math.inf))
