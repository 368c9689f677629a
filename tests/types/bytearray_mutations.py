# bytearray in-place mutation methods and errors
ba = bytearray(b'hello')
ba.append(33)
ba.extend(b' world')
ba.extend([1, 2])
ba.insert(0, 62)
ba.insert(-1, 0)
ba.insert(100, 90)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('l'))
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, len(ba))
c = bytearray(b'abc')
d = c.copy()
d[0] = 65
print(c, d)
c += b'def'
c *= 2
print(c, c * 0, b'x' + bytearray(b'y'), type(b'x' + bytearray(b'y')).__name__)
for bad in [lambda: bytearray().pop(), lambda: bytearray(b'a').remove(98), lambda: bytearray(b'a').append(256),
            lambda: bytearray(b'a').append(-1), lambda: bytearray(b'a').append('b'), lambda: bytearray(b'a').extend([300]),
            lambda: bytearray(b'a').extend(5), lambda: bytearray(b'a').insert(0, b'b'), lambda: bytearray(b'a').pop(5)]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
e = bytearray(b'0123456789')
e[2] = 88
e[-1] = 89
e[3:5] = b'abc'
print(e)
e[::2] = b'_____' + b'_' * (len(e[::2]) - 5)
print(e)
del e[1::3]
print(e)
e[:] = b''
print(e)
e.extend(range(65, 70))
print(e, e.decode(), e.hex(':'), bytearray.fromhex('41 42 43'))
try:
    e[0] = 300
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    e[::2] = b'xx'
except ValueError as ex:
    print(type(ex).__name__, ex)
f = bytearray(3)
print(f, bytearray([1, 2]), bytearray('hé', 'utf-8'), bytearray(b'ab') == b'ab', bytearray(b'b') > b'a')
