# assignment expressions (walrus)
if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
it = iter([3, 2, 1, 0, 5])
out = []
while (v := next(it)) != 0:
    out.append(v)
print(out)
print((a := 5) + a)
def f():
    if (m := 3):
        return m * 2
print(f())
def g():
    [z := i for i in range(4)]
    return z
print(g())
total = 0
vals = [(total := total + x) for x in range(5)]
print(vals, total)
print(any((w := x) > 2 for x in [1, 2, 3, 4]), w)
x = [q := 1, q + 1]
print(x, q)
print(f'{(r:=7)*2}', r)
def h(v):
    return (s := v + 1, s * 2)
print(h(1))
