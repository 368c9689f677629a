# global and nonlocal
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    global newglob
    newglob = 'created'
make()
print(newglob)
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 10
        return x
    inner()
    inner()
    return x
print(outer())
def counter_factory():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c1 = counter_factory()
c2 = counter_factory()
print(c1(), c1(), c1(), c2())
def deep():
    a = 'outer'
    def mid():
        def inn():
            nonlocal a
            a = 'changed'
        inn()
    mid()
    return a
print(deep())
x = 'global x'
def shadow():
    x = 'local x'
    def g():
        global x
        return x
    return g(), x
print(shadow())
def readonly():
    return counter + 100
print(readonly())
def both():
    v = 1
    def a():
        nonlocal v
        v = 2
    def b():
        return v
    a()
    return b()
print(both())
def loop_closure():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closure())
