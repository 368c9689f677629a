# evaluation order
log = []
def v(x):
    log.append(x)
    return x
def show():
    print(log)
    log.clear()
v(1) + v(2) * v(3)
show()
v(1) ** v(2) ** v(3)
show()
def f(*a, **k):
    return a
f(v('a'), v('b'), k=v('c'), *[v('d')])
show()
{v('k1'): v('v1'), v('k2'): v('v2')}
show()
[v(1), v(2), (v(3), v(4))]
show()
d = {}
d[v('key')] = v('value')
show()
class O: pass
o = O()
def vo():
    log.append('o')
    return o
vo().attr = v('rhs')
show()
x = [0, 0]
x[v(0)] = x[v(1)] = v('val')
show()
v(1) < v(2) < v(3)
show()
v(0) and v(1)
show()
v(1) if v(True) else v(2)
show()
a = [1, 2, 3]
a[v(0)] += v(10)
show()
print(a)
vo().n = 0
show()
vo().n += v(5)
show()
print(o.n)
l = [v(i) for i in range(3)]
show()
def g(a=v('default')):
    pass
show()
v('lhs') in [v('in')]
show()
v('s')[v(0):v(1)]
show()
