# numeric protocol methods on a user class: unary ops, conversions, round, reflected ops with ints/floats
class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return 'Num(%r)' % (self.v,)
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(+self.v)
    def __abs__(self): return Num(abs(self.v))
    def __invert__(self): return Num(~int(self.v))
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return Num(round(self.v, n))
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __mul__(self, o): return Num(self.v * (o.v if isinstance(o, Num) else o))
    def __rmul__(self, o): return Num(o * self.v)
    def __truediv__(self, o): return Num(self.v / o)
    def __rtruediv__(self, o): return Num(o / self.v)
    def __floordiv__(self, o): return Num(self.v // o)
    def __rfloordiv__(self, o): return Num(o // self.v)
    def __mod__(self, o): return Num(self.v % o)
    def __rmod__(self, o): return Num(o % self.v)
    def __pow__(self, o, m=None): return Num(pow(self.v, o, m) if m else self.v ** o)
    def __rpow__(self, o): return Num(o ** self.v)
    def __lshift__(self, o): return Num(int(self.v) << o)
    def __rlshift__(self, o): return Num(o << int(self.v))
    def __and__(self, o): return Num(int(self.v) & o)
    def __rand__(self, o): return Num(o & int(self.v))
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
n = Num(7)
print(-n, +n, abs(Num(-3)), ~n, int(n), float(n), complex(n), round(Num(2.567), 1), round(Num(2.5)))
print(n + 1, 1 + n, n * 2, 2 * n, n / 2, 14 / n, n // 2, 15 // n, n % 4, 30 % n, n ** 2, 2 ** n, pow(n, 2, 5))
print(n << 2, 1 << n, n & 3, 6 & n, n @ 1, 1 @ n, n + n, n * n)
print(hex(n), bin(n), oct(n), [0, 1, 2, 3, 4, 5, 6, 7, 8][n], 'abcdefgh'[Num(2):n])
print(sum([Num(1), Num(2)], Num(0)), 2.5 + n, n + 2.5, True + n)
for bad in [lambda: n - 1, lambda: 1 - n, lambda: n | 1, lambda: n < 1, lambda: divmod(n, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class R(int):
    def __radd__(self, o):
        return 'R.__radd__ first'
    def __add__(self, o):
        return 'R.__add__'
print(1 + R(2), R(2) + 1, 1.5 + R(2))
class F(float):
    def __rsub__(self, o):
        return 'F.__rsub__'
print(1.0 - F(2), 1 - F(2), F(2) - 1)
