# chained comparisons and comparison semantics
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(1 < 2 <= 2 < 3 != 4)
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(2) < f(3))
print(calls)
calls.clear()
print(f(3) < f(2) < f(1))
print(calls)
x = 5
print(0 < x < 10, 0 < x > 10)
print(1 in [1, 2] in [[1, 2]])
print('a' < 'b' < 'c', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (1,) < (1, 0))
print(1 == 1.0, 2 != 2.0, 1 == True)
print(None is None, None is not None, [] is not [])
a = [1]
b = a
print(a is b, a == b, a is [1], a == [1])
print(1 < 2 == True)
print((1 < 2) == True)
print(float('nan') == float('nan'), float('nan') != float('nan'))
print(1 < 1.5 < 2, True == 1, False == 0)
print(not 1 < 2, not (1 < 2) or True)
print(3 not in [1, 2], 'x' not in 'abc', 'bc' in 'abc', '' in 'abc')
