# big integer arithmetic
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // 7, a % 7, -a // 7, -a % 7, a // -7, a % -7)
print(b // a, b % a, divmod(b, a), divmod(-b, a))
print(a // b, a / b if False else a // 1, (a * b) // b == a)
print(2 ** 200 // 2 ** 100 == 2 ** 100, 10 ** 50 // 10 ** 25)
print(-(2 ** 64), abs(-(2 ** 64)), -(-(2 ** 64)))
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63), 2 ** 63 - 1)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(str(10 ** 40), len(str(7 ** 100)), repr(-(10 ** 30)))
print(int('123456789012345678901234567890') * 2)
print(2 ** 100 == 2 ** 100, 2 ** 100 < 2 ** 101, -(2 ** 100) < 1, 2 ** 100 > 1.5)
print(hash(2 ** 100) == hash(2 ** 100), 2 ** 100 in {2 ** 100})
print(float(2 ** 100), int(float(2 ** 60)), 2 ** 100 / 2 ** 98)
print(sum(range(10 ** 6)), sum([10 ** 30] * 3))
print(max(2 ** 70, 2 ** 69), min(-(2 ** 70), 0), sorted([2 ** 65, -(2 ** 65), 0]))
n = 12345678901234567890
print(n % 1000, n // 1000, n * n, n * -n, n - n, n + -n)
print(pow(2, 1000) % 1000007, pow(3, 200, 10 ** 9 + 7), pow(2, 100, 2 ** 65))
print((1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF, 0x10000000000000000)
print(round(2 ** 100 + 12345, -3), round(-(2 ** 70), -5))
print(abs(-(3 ** 50)), bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print(int(-(2 ** 80) / 3) if False else -(2 ** 80) // 3)
print((10 ** 20) // (10 ** 10), (10 ** 20) % (10 ** 10 + 1))
print(divmod(10 ** 30, -(10 ** 15 + 7)))
