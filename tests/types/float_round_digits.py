# round(float, ndigits) is correctly rounded as CPython's (half to even on
# the exact value, through the decimal string), with OverflowError when the
# rounded value is too large
import random


def check(x, k):
    try:
        r = repr(round(x, k))
    except OverflowError as e:
        r = 'OverflowError: %s' % e
    print(repr(x), k, r)


for x in [1e308, 1.7976931348623157e308, -1.7976931348623157e308, 9.5e307, 5e-324, -5e-324, 2.675, 0.5,
          1.5, 2.5, -0.5, -0.0, 0.0, 1e300, 1e-300, 123456789.125, 0.125, 0.375, 1.05, 1.15, 1.25, 0.045,
          5e15 + 0.5, 9.995, 8.5e22, 1e22, 1e23, 2.0 ** 53 + 2, 0.1, 1 / 3, 2.5e-308]:
    for k in [-400, -309, -308, -307, -300, -23, -22, -21, -3, -1, 0, 1, 2, 3, 16, 17, 22, 23,
              300, 308, 309, 322, 323, 324, 10 ** 6, -10 ** 6, 2 ** 63, -2 ** 63, 2 ** 100, -2 ** 100]:
        check(x, k)

random.seed(12345)
for _ in range(400):
    e = random.randint(-330, 308)
    x = float('%.17ge%d' % (random.random(), e))
    if random.random() < 0.5:
        x = -x
    check(x, random.randint(-e - 3, -e + 20))

# exact halfway values at many places
for d in range(1, 16):
    for m in range(1, 60, 7):
        check((m + 0.5) / 10 ** d, d)
        check(-(m + 0.5) / 10 ** d, d)
for m in [5, 15, 25, 35, 125, 375]:
    check(m * 10.0 ** 5, -6 if m < 100 else -7)
    check(-m * 10.0 ** 5, -6 if m < 100 else -7)

for v in [float('inf'), float('-inf'), float('nan')]:
    print(round(v, 2), round(v, -2), round(v, 0), round(v, 400), round(v, -400))
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in [0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.5, 0.49999999999999994, -0.0, 1e300, 2.0 ** 63, -2.0 ** 63]:
    print(repr(round(v)), repr(round(v, None)), repr(round(v, 0)), repr(round(v, -1)))
for bad in [1.0, '1', [1]]:
    try:
        round(1.5, bad)
    except TypeError as e:
        print('TypeError', e)
print(round(2.5, True), round(2.5, False), (2.675).__round__(2), (2.5).__round__(), round(1e308, -308))
print(round(-1e308, -308), round(1.4e308, -308), round(4.5e-323, 323), round(2.5e-323, 323))
for x, k in [(1.5e308, -308), (1.7976931348623157e308, -308), (-1.7976931348623157e308, -308), (9.6e307, -307)]:
    try:
        print(round(x, k))
    except OverflowError as e:
        print('OverflowError', e)
    try:
        print(x.__round__(k))
    except OverflowError as e:
        print('OverflowError', e)
