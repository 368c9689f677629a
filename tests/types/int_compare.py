# integer comparisons incl. big ints and mixed signs
vals = [-(2 ** 100), -(2 ** 64), -(2 ** 63), -1, 0, 1, 2 ** 31, 2 ** 63 - 1, 2 ** 63, 2 ** 64, 2 ** 100]
for i in range(len(vals) - 1):
    a, b = vals[i], vals[i + 1]
    print(a < b, a <= b, a > b, a >= b, a == b, a != b, b > a)
print(sorted(vals[::-1]) == vals, max(vals) == 2 ** 100, min(vals) == -(2 ** 100))
print(2 ** 64 == 2 ** 64, 2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print(-(2 ** 64) < -1.5, 10 ** 20 > 1e19, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(0 == -0, 0 == 0.0, 0 == -0.0, 1 < True + 1, False < True)
print(5 in [5.0], 2 ** 70 in {2 ** 70: 1}, {2 ** 70} == {2.0 ** 70}, hash(2 ** 70) == hash(2.0 ** 70))
