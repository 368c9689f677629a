# ranges whose bounds exceed machine words
big = range(0, 10 ** 20, 10 ** 18)
print(len(big), big[50], 10 ** 19 in big, big.index(10 ** 19), big[-1], big[10:12])
r = range(2 ** 64, 2 ** 64 + 3)
print(list(r), r[1], 2 ** 64 + 2 in r, list(reversed(r)))
print(range(-10 ** 30, -10 ** 30 + 2)[1] == -10 ** 30 + 1)
try:
    len(range(10 ** 30))
except OverflowError as e:
    print(type(e).__name__)
print(range(10 ** 30)[-1] == 10 ** 30 - 1, (10 ** 30 - 1) in range(10 ** 30))
