# list basics
l = [1, 2, 3]
print(l, len(l), l[0], l[-1], l[1:], l[::-1], [], [[]], [1, [2, [3]]])
print(l + [4], l * 2, 0 * l, [None] * 3, [[0] * 2] * 2)
l2 = l
l2.append(4)
print(l, l is l2)
print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1}), list(x for x in 'xy'))
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1] < [1, 0], [] < [0], [2] > [1, 9])
print(1 in l, 5 in l, [1] in [[1]], len([[1, 2], 3]))
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
l = [5, 3, 8]
l[1] = 'x'
l[-1] = 'y'
print(l)
print([i * i for i in range(5)], list(map(str, [1, 2])), list(zip([1, 2], 'ab')))
print(sum([1, 2, 3]), max([3, 9, 2]), min([3, 9, 2]), sorted([3, 1, 2]), list(reversed([1, 2, 3])))
print(repr([1, 'a', None, 2.5, True, (1,), {}]), str(['q']))
a = [1, 2, 3]
b = a[:]
b[0] = 99
print(a, b)
n = [1, [2, 3]]
m = n.copy()
m[1].append(4)
print(n)
print([*range(3), *'ab'], [0] * 0, bool([]), bool([0]))
print(list.__name__, type([]).__name__, isinstance([], list))
