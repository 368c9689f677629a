# del on names, items, slices, attributes, tuples of targets
a = 1
del a
try:
    a
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[::2]
print(lst)
del lst[1:3]
print(lst)
del lst[:]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
class O:
    pass
o = O()
o.x = 1
o.y = 2
del o.x
print(vars(o))
try:
    del o.x
except AttributeError as e:
    print(type(e).__name__, e)
p, q, r = 1, 2, 3
del p, q
print(r, 'p' in dir(), 'q' in dir())
m = [1, [2, 3]]
del (m[1][0], m[0])
print(m)
[s, t] = 1, 2
del [s, t]
print('s' in dir())
try:
    del lst[5]
except IndexError as e:
    print(type(e).__name__, e)
tup = (1, 2)
try:
    del tup[0]
except TypeError as e:
    print(type(e).__name__, e)
st = 'abc'
try:
    del st[0]
except TypeError as e:
    print(type(e).__name__, e)
def f():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ': ' + str(e)
print(f())
class WithDel:
    def __delitem__(self, k): print('delitem', k)
    def __delattr__(self, k): print('delattr', k)
w = WithDel()
del w[1:2], w['k'], w.attr
for i in range(3):
    pass
del i
print('i' in dir())
ba = bytearray(b'hello')
del ba[1:3]
print(ba)
