# array typecodes: ranges and item sizes
import array
print(sorted(set(array.typecodes) - {'u'}))
for tc in 'bBhHiIlLqQfd':
    a = array.array(tc, [1, 2])
    print(tc, a.itemsize, a.tolist(), a.typecode)
print(array.array('b', [-128, 127]), array.array('B', [0, 255]), array.array('h', [-32768, 32767]), array.array('H', [65535]))
print(array.array('i', [-2 ** 31, 2 ** 31 - 1]), array.array('I', [2 ** 32 - 1]), array.array('q', [-2 ** 63, 2 ** 63 - 1]), array.array('Q', [2 ** 64 - 1]))
print(array.array('f', [0.1])[0], array.array('d', [0.1])[0], array.array('f', [1.5, -2.25]))
x = array.array('d', [1, 2])
print(x, type(x[0]).__name__)
print(array.array('i', array.array('b', [1, -1])), array.array('d', array.array('i', [3])))
