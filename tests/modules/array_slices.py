# array slicing, `in`, del with slices and steps
import array
a = array.array('i', range(10))
print(a[2:5], a[::3], a[::-2], a[-3:], a[5:2:-1], a[100:], a[:0])
print(5 in a, 10 in a, -1 in a, 5.0 in a)
b = array.array('i', a)
b[2:5] = array.array('i', [20, 30])
print(b)
b[::2] = array.array('i', [0] * len(b[::2]))
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
print(b)
c = array.array('h', range(8))
c[1:7:2] = array.array('h', [-1, -2, -3])
print(c)
c[:] = array.array('h', [9])
print(c)
d = array.array('B', b'abcdef')
print(d[1:4].tobytes(), d[::-1].tobytes(), bytes(d[::2]))
e = array.array('d', [0.5, 1.5, 2.5])
del e[:]
print(e, len(e))
def t(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)
def bad_step():
    x = array.array('i', range(6))
    x[::2] = array.array('i', [1, 2])
t(bad_step)
def bad_type():
    x = array.array('i', range(6))
    x[0:2] = array.array('h', [1, 2])
t(bad_type)
