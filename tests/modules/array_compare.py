# comparisons between arrays of different typecodes and with other types
import array
a = array.array('i', [1, 2, 3])
b = array.array('b', [1, 2, 3])
c = array.array('d', [1.0, 2.0, 3.0])
print(a == b, a == c, b == c, a != b)
print(a == [1, 2, 3], a == (1, 2, 3), a == array.array('i', [1, 2]))
print(a < array.array('i', [1, 2, 4]), a > array.array('h', [1, 2]), a <= b, a >= c)
print(array.array('B', b'ab') == array.array('B', b'ab'), array.array('f', [0.1]) == array.array('d', [0.1]))
print(array.array('i') == array.array('d'))
print(array.array('i', [1, 2]) < array.array('d', [1, 2.5]), array.array('Q', [2 ** 63]) > array.array('q', [-1]))
print(sorted([array.array('i', [2]), array.array('i', [1, 5]), array.array('i', [1])]))
