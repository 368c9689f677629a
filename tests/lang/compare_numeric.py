# comparisons between numeric types
print(1 == 1.0, 1 == 1.0 + 0j, 1.0 == 1 + 0j, 2 == 2.0000001)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(10 ** 400 > 1e308, -10 ** 400 < -1e308, 10 ** 400 < float('inf'))
print(True == 1, False == 0, True + 0.5, True < 2)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 0.5 + 0.25 == 0.75)
print(-0.0 == 0.0, 0 == -0.0)
nan = float('nan')
print(nan == nan, nan < 1, nan > 1, nan != 1, 1 < nan)
inf = float('inf')
print(inf > 10 ** 1000, -inf < -10 ** 1000, inf == inf, inf - inf != inf - inf)
print(1j == 1j, 1 + 0j == 1, complex(1, 0) == 1.0)
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0))
print(sorted([3, 1.5, True, 2, 0.0]))
print(1 < 2.5 < 3, 3 > 2.9999 > 2)
print((1, 2.0) == (1.0, 2), [1] == [1.0], {1: 'a'} == {1.0: 'a'}, {1} == {1.0})
try:
    1j < 2j
except TypeError as e:
    print('TypeError', e)
try:
    1 < 1j
except TypeError as e:
    print('TypeError', e)
print(5 == '5', '5' == 5, None == 0, [] == (), [] == [], () == ())
print(123456789012345678901234567890 == 123456789012345678901234567890.0)
print(float(2 ** 63) == 2 ** 63, float(2 ** 63) == 2 ** 63 - 1)
