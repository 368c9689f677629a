# arithmetic and comparisons with inf and nan
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
print(inf == inf, inf > 1e308, -inf < -1e308, inf == float('infinity'), float('-Inf'))
print(max(1, inf), min(-inf, 0), inf ** 0, nan ** 0, 1 ** nan, 1 ** inf, 2 ** -inf)
print(inf % 1 if False else 'skip', 5 % inf, -5 % inf, 5.0 // inf)
for op in [lambda: inf % 2, lambda: 1 % 0.0, lambda: inf // 1, lambda: divmod(inf, 1)]:
    try:
        print(op())
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(abs(-inf), abs(nan), -nan == -nan, repr(-inf))
print(int(1e18), int(-2.5e10), float('  3.5  '), float('-.5'), float('+1E2'))
for s in ['inf', '-inf', 'INF', 'nan', 'NaN', '-nan', 'infinity', '+Infinity']:
    print(s, float(s))
for op in [lambda: int(inf), lambda: int(nan), lambda: round(inf), lambda: round(nan), lambda: inf.as_integer_ratio(), lambda: nan.as_integer_ratio()]:
    try:
        print(op())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(inf, 2), round(nan, 2), round(-inf, -1))
print(inf.is_integer(), nan.is_integer(), (1e300 * 1e300), -(1e300 * 1e300))
print(sorted([3.0, inf, -inf, 0.0, -1.0]), 1e308 * 10 == inf)
print(hash(inf) == hash(float('inf')), hash(-inf) == -hash(inf), hash(0.0) == hash(-0.0) == 0)
print([x for x in [1.0, nan, 2.0] if x == x], nan in [nan], [nan].count(nan))
print(str(inf * 1j) if False else 'c-skip', 0.0 * inf != 0.0 * inf)
