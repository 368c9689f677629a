# floor division and modulo sign rules for ints and floats, divmod consistency
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (6, 3), (-6, 3), (1, 10 ** 20), (-1, 10 ** 20)]
for a, b in pairs:
    q, r = a // b, a % b
    print(a, b, q, r, divmod(a, b) == (q, r), q * b + r == a)
big = 10 ** 30 + 7
print(big // 3, big % 3, -big // 3, -big % 3, big // -7, big % -7)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.3), (-1, 0.3), (0.0, 5), (-0.0, 5), (5, -0.5)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, (-0.0) // 1, 1e300 % 7, -1e-300 % 1)
print(5 % float('inf'), -5 % float('inf'), 5 // float('inf'), -5 // float('inf'))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (10 ** 30, 0)]:
    for op in ('//', '%', 'divmod'):
        try:
            r = divmod(a, b) if op == 'divmod' else eval('a %s b' % op)
            print(r)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(True // 2, True % 2, -True // 2, 7 // True)
print(int(-7 / 2), -7 // 2, round(-7 / 2), int(7 / -2))
x = 17
x //= -5
y = 17
y %= -5
print(x, y)
print([i % 3 for i in range(-4, 5)], [i // 3 for i in range(-4, 5)])
print(2 ** 64 % 1000, (-2) ** 63 // 10 ** 9, (2 ** 100 + 1) % (2 ** 50))
