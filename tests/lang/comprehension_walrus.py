# assignment expressions inside comprehensions bind in the enclosing scope
data = [3, 8, 1, 9, 4]
big = [y for x in data if (y := x * 2) > 6]
print(big, y)
def f():
    [last := v for v in range(5)]
    return last
print(f())
def running_total(xs):
    total = 0
    return [total := total + x for x in xs], total
print(running_total([1, 2, 3, 4]))
def any_match(xs):
    if any((hit := x) > 5 for x in xs):
        return 'first>5 is %d' % hit
    return 'none'
print(any_match([1, 7, 9]), any_match([1]))
vals = {k: (sq := k * k) for k in range(3)}
print(vals, sq)
n = 0
while (n := n + 1) < 5:
    pass
print(n)
if (m := len('hello')) > 3:
    print('long', m)
print([(a, b) for a in range(3) if (b := a * 10) != 10])
def nested():
    out = [[(z := i + j) for j in range(2)] for i in range(2)]
    return out, z
print(nested())
for bad in ['[i := 0 for i in range(3)]', '[x for x in (y := [1, 2])]', 'def g():\n    (a := 1) = 2']:
    try:
        exec(bad)
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__)
print((w := 5) + w, w)
for bad in ['[x for x in (lambda: (y := [1]))()]', '[[j := 1 for j in range(2)] for i in range(2)]',
            '[(j := 1) for i in range(2) for j in range(3)]', '{k: (k := 1) for k in "ab"}',
            '[x for x in range(3) for y in (z := [1])]']:
    try:
        exec(bad)
        print('ok')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
exec('[x for x in range(3) if (zz := x)]')
print(zz)
