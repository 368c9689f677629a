# array errors: overflow, bad typecodes, type mismatches
import array
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
# overflow messages name C types in CPython: compare the type only
def tn(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
tn(lambda: array.array('b', [128]))
tn(lambda: array.array('b', [-129]))
tn(lambda: array.array('B', [256]))
tn(lambda: array.array('B', [-1]))
tn(lambda: array.array('h', [32768]))
tn(lambda: array.array('H', [-1]))
tn(lambda: array.array('I', [-1]))
tn(lambda: array.array('Q', [-1]))
tn(lambda: array.array('q', [2 ** 63]))
a = array.array('B', [1])
tn(lambda: a.append(256))
def setbig():
    a[0] = 1000
tn(setbig)
tn(lambda: a.extend([1, 2, 300]))
print(a)
t(lambda: array.array('z'))
t(lambda: array.array('i', [1.5]))
t(lambda: array.array('i', ['a']))
t(lambda: array.array('d', ['x']))
t(lambda: array.array('i', [1]) + array.array('d', [1]))
t(lambda: array.array('i', [1]) + [1])
t(lambda: array.array('i', [1]).extend(array.array('h', [1])))
t(lambda: array.array('i', [1])[5])
t(lambda: array.array('i').pop())
t(lambda: array.array('i', [1]).remove(9))
t(lambda: array.array('i', [1]).index(9))
t(lambda: array.array('h').frombytes(b'\x01'))
t(lambda: array.array('i', 'abc'))
def slice_assign_list():
    x = array.array('i', [1, 2])
    x[0:1] = [5]
t(slice_assign_list)
