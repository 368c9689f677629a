# integer functions in math
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50), math.gcd(12, 18, 27), math.gcd())
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(3, 4, 5), math.lcm(), math.lcm(-4, 6))
print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20), math.factorial(30))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(50, 25))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(2 ** 101))
print(math.floor(10 ** 30 + 0.5) if False else math.floor(10 ** 30), math.ceil(-(10 ** 30)), math.trunc(10 ** 25))
class F:
    def __floor__(self):
        return 'floored'
    def __ceil__(self):
        return 'ceiled'
    def __trunc__(self):
        return 'truncated'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
print(math.floor(True), math.ceil(False), math.fabs(-(2 ** 60)), math.sqrt(2 ** 100))
