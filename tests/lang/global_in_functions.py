# global statement in functions, nested functions, exec
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def make_global():
    global created_later
    created_later = 'made'
make_global()
print(created_later)
def reader():
    return counter * 10
print(reader())
def nested():
    def inner():
        global counter
        counter = 100
    inner()
    return counter
print(nested(), counter)
def local_shadow():
    counter = 'local'
    return counter
print(local_shadow(), counter)
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 5
unbound()
def del_global():
    global created_later
    del created_later
del_global()
try:
    created_later
except NameError as e:
    print(type(e).__name__, e)
def multi():
    global a1, b1
    a1, b1 = 1, 2
multi()
print(a1, b1)
x = 'module'
class C:
    x = 'class'
    def m(self):
        return x
    def g(self):
        global x
        x = 'changed by method'
print(C().m())
C().g()
print(x, C.x)
def loop_global():
    global idx
    for idx in range(3):
        pass
loop_global()
print(idx)
def gen_global():
    global gv
    gv = 0
    while gv < 3:
        yield gv
        gv += 1
print(list(gen_global()), gv)
ns = {}
exec('global q\nq = 7', ns)
print(ns['q'])
print('counter' in globals(), globals()['counter'])
