# big-int arithmetic: factorial, powers, gcd, division, str round-trip, comparisons with floats
f = 1
for i in range(1, 51):
    f *= i
print(f, len(str(f)), f % (10 ** 9 + 7), f // 10 ** 60)
a = 2 ** 127 - 1
b = 3 ** 80
print(a * b, a + b, a - b, b - a, -a // 7, -a % 7, divmod(b, a))
print(pow(3, 200, 10 ** 9 + 7), pow(a, 2), pow(-2, 101), pow(2, -2), (-a) ** 3 < 0)
def gcd(x, y):
    while y:
        x, y = y, x % y
    return x
print(gcd(f, 2 ** 100), gcd(a, b), gcd(10 ** 30, 10 ** 20 + 10 ** 10))
n = int('9' * 50)
print(n + 1, str(n + 1) == '1' + '0' * 50, int(str(n)) == n, hex(n)[:12], n.bit_length())
print(10 ** 20 > 1e19, 10 ** 20 == 1e20, 10 ** 400 > 1e308, -(10 ** 400) < -1e308, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(float(10 ** 20), 10 ** 20 / 3, (10 ** 20) / (10 ** 18), 10 ** 40 // 10 ** 38, abs(-(2 ** 90)))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1.5
except OverflowError as e:
    print(type(e).__name__, e)
print((10 ** 400) // 10 ** 399, 10 ** 400 / 10 ** 399, round(10 ** 25, -24), round(123456789123456789, -5))
fib = [0, 1]
for _ in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[200], fib[200] % 1000000, sum(fib) % 97)
print(int(-(2 ** 64)) >> 3, -(2 ** 64) // 3, (2 ** 64) * -1 // -3, hash(2 ** 64) == hash(2 ** 64))
print(sorted([2 ** 70, -(2 ** 70), 0, 2 ** 69, 1.5]), max(2 ** 100, 2.0 ** 100), 2 ** 100 == 2.0 ** 100)
