# closures
def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
a10 = make_adder(10)
print(a5(1), a10(1))
def make_counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = make_counter()
print(c(), c(), c())
def outer():
    v = 'first'
    def get():
        return v
    v = 'second'
    return get
print(outer()())
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
def make_fs():
    return [lambda j=j: j for j in range(3)]
print([f() for f in make_fs()])
def nest(a):
    def l1(b):
        def l2(c):
            return a + b + c
        return l2
    return l1
print(nest(1)(2)(3))
def shared():
    x = 0
    def inc():
        nonlocal x
        x += 1
    def get():
        return x
    return inc, get
i, g = shared()
i(); i()
print(g())
print(a5.__closure__ is not None, len(a5.__closure__))
print(a5.__closure__[0].cell_contents)
def no_closure():
    return 1
print(no_closure.__closure__)
def gen_closure(n):
    def g():
        for i in range(n):
            yield i * n
    return g
print(list(gen_closure(3)()))
class K:
    y = 5
    def m(self):
        return y_outer
y_outer = 'module level'
print(K().m())
def class_in_func(v):
    class Inner:
        attr = v
        def get(self):
            return v
    return Inner
print(class_in_func(7).attr, class_in_func(8)().get())
