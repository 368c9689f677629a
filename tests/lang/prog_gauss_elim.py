# solve linear systems with Gaussian elimination using exact fractions (hand-rolled)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('zero denominator')
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def __add__(self, o): o = F(o); return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __sub__(self, o): o = F(o); return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __mul__(self, o): o = F(o); return Frac(self.n * o.n, self.d * o.d)
    def __truediv__(self, o): o = F(o); return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o): o = F(o); return self.n == o.n and self.d == o.d
    def __repr__(self): return str(self.n) if self.d == 1 else '%d/%d' % (self.n, self.d)
def F(x):
    return x if isinstance(x, Frac) else Frac(x)
def solve(A, b):
    n = len(A)
    M = [[F(v) for v in row] + [F(bv)] for row, bv in zip(A, b)]
    for col in range(n):
        piv = None
        for r in range(col, n):
            if not M[r][col] == 0:
                piv = r
                break
        if piv is None:
            raise ValueError('singular matrix')
        M[col], M[piv] = M[piv], M[col]
        for r in range(n):
            if r != col:
                f = M[r][col] / M[col][col]
                M[r] = [a - f * c for a, c in zip(M[r], M[col])]
    return [M[i][n] / M[i][i] for i in range(n)]
print(solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]))
print(solve([[1, 2], [3, 4]], [5, 6]))
print(solve([[0, 1], [1, 0]], [7, 9]))
print(solve([[3, 2, 1], [1, 1, 1], [2, 1, 3]], [1, 2, 3]))
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print('ValueError', e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(Frac(6, -4), Frac(0, 5), Frac(1, 3) + Frac(1, 6), Frac(2, 3) * 3)
def det(A):
    if len(A) == 1:
        return A[0][0]
    return sum((-1) ** j * A[0][j] * det([r[:j] + r[j + 1:] for r in A[1:]]) for j in range(len(A)))
print(det([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]), det([[1, 2], [2, 4]]))
