# starred expressions in return, yield, for targets and subscripts
def f(a, b):
    return *a, *b
print(f([1, 2], (3,)))
def g():
    yield *'ab', 'c'
print(list(g()))
for x in *[1, 2], 3:
    print(x)
a = [1, 2]
print([*a, *a], (*a,), {*a}, [*'xy', *range(2)])
t = 0, *a
print(t)
def h():
    return 1, *(), 2
print(h())
d = {'x': 1}
print({**d, 'y': 2}, dict(**d, z=3))
first, *_ = 'hello'
print(first, _)
print(*[1, 2], *[3], sep='|')
x = [*range(3)] + [*'ab']
print(x)
