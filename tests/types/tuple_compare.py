# tuple and list lexicographic comparison details
pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1,)), ((), ()), ((), (0,)), ((2,), (1, 9, 9)),
         ((1, 'a'), (1, 'b')), ((1, 2.0), (1, 2)), (('a', 1), ('a', 1, None))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
print([1, [2, 3]] < [1, [2, 4]], [[1]] == [[1.0]], [(1, 2)] < [(1, 3)])
nan = float('nan')
t = (nan,)
print(t == t, (nan,) == (nan,), [nan] == [nan], t < (1,))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]), min([[3], [1, 2], [1]]))
print(sorted([(2, 'x'), (1, 'y'), (2, 'a'), (1, 'z')]))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError', e)
try:
    [1, None] < [1, 2]
except TypeError as e:
    print('TypeError', e)
print((1, 'a') < (2, 2), (1, None) == (1, None), (1, None) != (1, 0))
