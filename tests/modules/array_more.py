# array: index and argument errors, overflow messages, conversions between typecodes
import array
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
a = array.array('i', [1, 2, 3])
t(lambda: a['x'])
t(lambda: a[1.5])
t(lambda: a.__setitem__(0, 'x'))
t(lambda: a.__setitem__(5, 1))
t(lambda: a.__delitem__(-5))
t(lambda: array.array('i', [1]) * 'a')
t(lambda: array.array('i', b'abcd'))
t(lambda: array.array('b', bytearray(b'ab')))
t(lambda: array.array('d', [1]).tobytes())
t(lambda: array.array('i', [1]).frombytes('x'))
t(lambda: array.array('i', [1]).fromlist((1,)))
t(lambda: array.array())
t(lambda: array.array(1))
t(lambda: array.array('ii'))
t(lambda: array.array('i', [1], 2))
t(lambda: array.array('i', [1]).insert('a', 1))
t(lambda: array.array('i', [1]).pop(5))
t(lambda: array.array('f', [1e300]))
t(lambda: array.array('B', [1]).append(-1))
t(lambda: array.array('h', [1]).append(2 ** 70))
t(lambda: array.array('Q', [1]).append(-1))
t(lambda: array.array('I', [1]).append(2 ** 40))
t(lambda: array.array('L', [1]).append(2 ** 70))
t(lambda: array.array('i', [1]).extend([1, 'x']))
t(lambda: array.array('i', [1, 2, 3, 2]).index(2, 2))
t(lambda: array.array('f', [1.5]) + array.array('f', [2]))
t(lambda: array.array('i', iter([1, 2])))
t(lambda: array.array('i', array.array('d', [1.0])))
t(lambda: type(iter(array.array('i'))).__name__)
print(array.array('d', [1.5, float('nan'), float('inf'), -0.0]), array.array('f', [0.1]))
x = array.array('H', [1, 2])
x += array.array('H', [3])
x *= 2
print(x, x.buffer_info()[1], x.itemsize, 3 * array.array('b', [1]), array.array('b', [1]) * -1)
def slice_list():
    a[0:1] = [1]
t(slice_list)
def iadd_list():
    y = array.array('i')
    y += [1]
t(iadd_list)
y = array.array('l', [5, 6])
z = y.__copy__()
z.append(7)
print(y, z, y == z[:2], y != z, y < z)
f = array.array('i', [1, 2])
f.fromlist([3, 4])
t(lambda: f.fromlist([5, 'x']))
print(f, f[-1], f[::-1].tolist(), f.pop(), f.pop(0), f)
it = iter(f)
print(next(it))
f.append(99)
print(list(it))
print(array.ArrayType is array.array, array.array('q', [2 ** 63 - 1]).tolist(), array.array('Q', [2 ** 64 - 1])[0])
class Idx:
    def __index__(self):
        return 42
print(array.array('i', [Idx()]), array.array('d', [Idx()]))
