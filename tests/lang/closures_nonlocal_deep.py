# nonlocal across several levels, shared cells, closures in loops
def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    f = mid()
    f(); f()
    return x, f
r, f = outer()
print(r, f(), f())

def counter_pair():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    def get():
        return n
    def reset():
        nonlocal n
        n = 0
    return inc, get, reset
inc, get, reset = counter_pair()
inc(); inc(5)
print(get())
reset()
print(get(), inc(), get())

def shadow():
    x = 'outer'
    def a():
        x = 'a-local'
        def b():
            nonlocal x
            x = 'b-set'
        b()
        return x
    return a(), x
print(shadow())

def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        fs.append(f)
    gs = [lambda: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(make())

def late():
    def get():
        return y
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    y = 42
    return get()
print(late())

def cell_in_class():
    v = 'cell'
    class K:
        w = v
        def m(self):
            return v
    return K.w, K().m()
print(cell_in_class())

def gen_closure():
    total = 0
    def add(x):
        nonlocal total
        total += x
        yield total
    return add
g = gen_closure()
print(next(g(3)), next(g(4)))
