# nested comprehensions with multiple conditions; dict/set comps
m = [[i * 3 + j for j in range(3)] for i in range(3)]
print(m)
print([row[i] for i, row in enumerate(m)])
print([x for row in m for x in row if x % 2 if x > 2])
print([[x for x in row if x != 4] for row in m])
print([(a, b) for a in range(4) if a % 2 == 0 for b in range(a) if b != 1])
print({k: [v for v in range(k)] for k in range(4)})
print(sorted({x % 4 for x in range(20) if x % 3}))
print({(x, y): x * y for x in range(2) for y in range(2)})
print([[1 if i == j else 0 for j in range(3)] for i in range(3)])
print([c * n for c, n in zip('abc', range(1, 4))])
flat = [y for x in [[1, [2]], [3]] for y in x]
print(flat)
print([x if x > 2 else -x for x in range(5)])
print([x for x in range(10) if (x > 2 and x < 8) or x == 9])
words = ['apple', 'bob', 'kayak', 'level', 'pear']
print({w: w == w[::-1] for w in words})
print([i for i in range(3) for i in range(i)])
print([(lambda: i)() for i in range(3)])
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
print([j for i in range(4) if i for j in range(i) if j])
d = {'a': 1, 'b': 2, 'c': 3}
print({v: k for k, v in d.items()})
print(sorted({v for v in d.values() if v > 1}))
try:
    print([x for x in range(3) if undefined_name])
except NameError as e:
    print(type(e).__name__, e)
try:
    print({[1]: 2 for _ in range(1)})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({x for x in [[1]]})
except TypeError as e:
    print(type(e).__name__, e)
i = 'unchanged'
_ = [i for i in range(5)]
print(i)
