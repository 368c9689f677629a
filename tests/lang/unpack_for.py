# unpacking in for loops and iteration targets
pairs = [(1, 'a'), (2, 'b')]
for n, c in pairs:
    print(n, c)
for i, (n, c) in enumerate(pairs):
    print(i, n, c)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
d = {'x': 1, 'y': 2}
for k, v in d.items():
    print(k, v)
for a, b in zip('ab', 'cd'):
    print(a + b)
class C:
    pass
o = C()
for o.attr in range(3):
    pass
print(o.attr)
l = [0, 0]
for l[0] in 'xyz':
    pass
print(l)
for x, in [(1,), (2,)]:
    print(x)
for [p, q] in ['ab', 'cd']:
    print(p, q)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print('ValueError', e)
try:
    for a, b in [1]:
        pass
except TypeError as e:
    print('TypeError', e)
