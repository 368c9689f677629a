# bytes error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

b = b'abc'
t(lambda: b[3])
t(lambda: b[-4])
t(lambda: b['x'])
t(lambda: b + 'str')
t(lambda: b + 1)
t(lambda: 'str' + b)
t(lambda: b * 1.5)
t(lambda: b < 'abc')
t(lambda: b.index(b'z'))
t(lambda: b.find('a'))
t(lambda: b.split(''))
t(lambda: b.split(b''))
t(lambda: b.join(['a']))
t(lambda: b.replace('a', 'b'))
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes(['a']))
t(lambda: bytes('abc'))
t(lambda: bytes(-1))
t(lambda: bytes(1.5))
t(lambda: bytes('é', 'ascii'))
t(lambda: bytes.fromhex('6'))
t(lambda: bytes.fromhex('zz'))
t(lambda: bytes.fromhex(b'61'))
t(lambda: b.decode('utf-8', 'strict') + 1)
def setitem():
    b[0] = 1
t(setitem)
t(lambda: b.center(5, b'ab'))
t(lambda: b.hex(''))
t(lambda: 'a' in b)
t(lambda: 256 in b)
