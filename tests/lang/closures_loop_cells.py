# closure cells captured in loops, comprehensions, and after loop mutation
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 'rebound'
print([f() for f in funcs])
def make():
    out = []
    for j in range(3):
        def f():
            return j
        out.append(f)
    j = 'after loop'
    return out
print([f() for f in make()])
def make_bound():
    return [(lambda j=j: j) for j in range(3)]
print([f() for f in make_bound()])
def make_factory():
    def factory(k):
        return lambda: k
    return [factory(k) for k in range(3)]
print([f() for f in make_factory()])
def counter_list():
    cells = []
    for n in range(3):
        box = [n]
        cells.append(lambda box=box: box)
        box.append('x')
    return [c() for c in cells]
print(counter_list())
def shared_cell():
    x = 0
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = shared_cell()
s(10)
print(g())
s('twenty')
print(g())
def while_closure():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(while_closure())
gens = [(x for _ in range(1)) for x in range(3)]
print([next(g) for g in gens])
print([f.__closure__ is not None for f in make()], make_bound()[0].__closure__)
