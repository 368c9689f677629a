# star-unpacking in displays
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a], (*a,))
print({*a, *b} == {1, 2, 3, 4})
print([0, *a, 5, *b, 6])
print({**{'x': 1}, 'y': 2, **{'x': 3}})
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2}, {**d2, **d1})
print([*range(4), *'ab', *b''])
print([*[], *()], {**{}})
print((*'xy', *[1]))
print(sorted({*'hello'}))
s = {*range(5)}
print(s)
print([*map(str, [1, 2])])
print(*[*a, *a])
x = *a, *b
print(x)
t = *a,
print(t)
