# list comparisons, copying semantics, nested mutation, list() constructor
a = [1, 2, 3]
print(a == [1, 2, 3], a < [1, 2, 4], a < [1, 2], a > [1, 2], [] < [0], [[1]] < [[2]], [1, [2]] == [1, [2]])
print([1, 2] == (1, 2), list((1, 2)) == [1, 2], [1.0] == [1], ['a'] < ['b', 'a'])
b = a[:]
c = list(a)
d = a
a.append(4)
print(b, c, d, a is d, b is a)
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
n = [row[:] for row in [[0] * 2] * 2]
n[0][0] = 1
print(n)
print(list(), list('abc'), list(range(3)), list({'x': 1}), list((1,)), list(x for x in 'ab'), list(b'hi'))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
x = [3, 1, 2]
y = sorted(x)
print(x, y, x is not y, list(reversed(x)), x[::-1] == list(reversed(x)))
print(len([None] * 5), [1, 2] * 2 == [1, 2, 1, 2], [[]] * 3, [1] + [] + [2])
e = [1, 2, 3]
print(e.__len__(), e.__getitem__(1), e.__contains__(3), e.__add__([4]), e.__mul__(2), e.__eq__([1, 2, 3]))
print(e.__lt__([2]), e.__iadd__([5]), e, e.__reversed__().__next__())
try:
    e.__add__((1,))
except TypeError as ex:
    print(type(ex).__name__, ex)
print(e.__eq__('x'), e.__lt__(5))
