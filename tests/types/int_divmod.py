# floor division and modulo sign rules for ints
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
big = 10 ** 25 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (3, big), (-3, big), (big, big), (-big, big + 1)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
print(7 % 1, -7 % 1, 0 % 7, 5 // 1, -5 // 1)
print(2 ** 64 // 2 ** 32, -(2 ** 64) // 2 ** 32, 2 ** 64 % (2 ** 32 - 1))
print(divmod(True, 2), 5 // True, 5 % True)
print(7 / 7, 1 / 3, -1 / 3, 10 ** 20 / 10, 2 ** 60 / 2 ** 10, type(4 / 2).__name__)
print(1 / 10 ** 400 if False else 10 ** 300 / 10 ** 299)
try:
    print(10 ** 400 / 1)
except OverflowError as e:
    print('OverflowError', e)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
