# memoryview basics
data = bytearray(b'abcdef')
m = memoryview(data)
print(len(m), m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), m.readonly)
m[0] = 65
print(data)
m[1:3] = b'BC'
print(data, bytes(m))
sub = m[2:5]
print(bytes(sub), len(sub), sub[0])
sub[0] = ord('z')
print(data)
ro = memoryview(b'readonly')
print(ro.readonly, bytes(ro[:4]), ro[0], ro.tobytes())
print(m == b'ABzdef', memoryview(b'ab') == memoryview(b'ab'), list(memoryview(b'xy')))
print(bytes(memoryview(b'hello')[::2]), memoryview(b'hello')[::-1].tobytes())
print(memoryview(b'abc').hex(), bytearray(memoryview(b'xy')), b'-'.join([memoryview(b'a'), b'b']))
print(m.nbytes, m.itemsize, m.format, m.ndim, m.shape)
with memoryview(b'ctx') as cm:
    print(bytes(cm))
m2 = memoryview(bytearray(b'12345'))
m2.release()
try:
    m2[0]
except ValueError as e:
    print('ValueError', e)
import array
a = array.array('h', [1, 2, 3])
ma = memoryview(a)
print(len(ma), ma[1], ma.itemsize, ma.format, ma.tolist(), ma.nbytes)
ma[0] = 100
print(a)
mc = memoryview(b'\x01\x00\x02\x00').cast('H')
print(mc.tolist(), mc.format, len(mc))
