# round(int, ndigits) far to the left of the number: 0 without computing 10**-ndigits needlessly
for x in [0, 1, 5, -5, 49, 50, 51, 149, 150, 250, -250, 10 ** 50, 5 * 10 ** 49, -5 * 10 ** 49, 15 * 10 ** 49,
          2 ** 64, -(2 ** 64), 2 ** 200 + 1, True, False]:
    print(x, [round(x, k) for k in [-1, -2, -3, -20, -21, -49, -50, -51, -60, -61, -62, -100, -10 ** 5]])
for k in range(1, 70):
    x = 10 ** k // 2
    print(k, round(x, -k), round(x - 1, -k), round(x + 1, -k), round(-x, -k), round(3 * x, -k))
