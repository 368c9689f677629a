# arithmetic operator dunders
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'V(%r, %r)' % (self.x, self.y)
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(self.x * k * 100, self.y * k * 100)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return V(+self.x, +self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)
    def __and__(self, o):
        return 'and'
    def __or__(self, o):
        return 'or'
    def __xor__(self, o):
        return 'xor'
    def __divmod__(self, k):
        return 'divmod', k
a = V(1, 2)
b = V(3, 4)
print(a + b, a - b, a * 3, 3 * a)
print(b / 2, b // 2, b % 2, a ** 2)
print(-a, +a, abs(V(3, 4)), ~a)
print(a @ b, a << 2, V(8, 16) >> 2)
print(a & b, a | b, a ^ b, divmod(a, 7))
class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, n=None):
        return 'round %s' % n
    def __complex__(self):
        return complex(self.v, 1)
n = Num(7.0)
print(int(n), float(n), round(n), round(n, 2), complex(n))
print([10, 20, 30, 40, 50, 60, 70, 80][Num(3)], bin(Num(5)), hex(Num(255)))
print('ab' * Num(2), range(Num(3)))
