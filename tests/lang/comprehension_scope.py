# comprehension scoping rules
x = 10
r = [x for _ in range(2)]
print(r)
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
class C:
    a = 3
    b = [a * 2]
    try:
        c = [a * i for i in range(2)]
    except NameError as e:
        c = 'NameError'
    d = [i for i in range(a)]
print(C.b, C.c, C.d)
i = 'unchanged'
[i for i in range(5)]
print(i)
gen = (i for i in range(3))
print(i, list(gen))
def g():
    return [v for v in range(3)], [w for w in range(2)]
print(g())
def h():
    lst = [1, 2, 3]
    return [lst[j] for j in range(len(lst))]
print(h())
n = 3
print([[n * k for k in range(n)] for n in range(1, 3)], n)
def outer():
    q = 'q'
    return [(lambda: q + str(z))() for z in range(2)]
print(outer())
it = iter([1, 2, 3])
print([a for a in it if a > 1])
data = [3, 1, 2]
print([d for d in sorted(data)], data)
funcs = [lambda: z for z in range(3)]
print([fn() for fn in funcs])
