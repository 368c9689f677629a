# bytearray
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
print(ba)
ba[1:3] = b'EL'
print(ba)
ba[1:3] = b''
print(ba)
ba[0:0] = b'>>'
print(ba)
ba.append(33)
ba.extend(b'??')
ba.extend([1, 2])
print(ba)
ba.insert(0, 0)
ba.insert(-1, 9)
ba.insert(100, 7)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord('?'))
print(ba)
del ba[0]
del ba[-2:]
print(ba)
ba.reverse()
print(ba)
ba += b'++'
print(ba, ba * 2)
ba2 = ba.copy()
ba2.clear()
print(ba2, ba)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray(b'x'), bytearray('é', 'utf-8'), bytearray(range(3)))
b = bytearray(b'abcdef')
b[::2] = b'XYZ'
print(b)
del b[::2]
print(b)
b[1] = 0xff
print(b, list(b), bytes(b), b == b'b\xffd')
print(bytearray(b'abc').upper(), bytearray(b'a,b').split(b','), bytearray(b' x ').strip(), bytearray(b'ab').hex())
print(bytearray(b'abc') + b'def', b'def' + bytearray(b'abc'), type(b'x' + bytearray(b'y')).__name__)
print(bytearray.fromhex('41 42'), bytearray(b'abc').find(b'c'), bytearray(b'aba').count(b'a'), b'b' in bytearray(b'abc'))
b = bytearray(b'xyz')
b[-1:] = bytearray(b'ZZZ')
print(b, b.decode())
b = bytearray(5)
b[1:4] = [1, 2, 3]
print(b)
