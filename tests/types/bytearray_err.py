# bytearray errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b'abc')
def s1():
    b[0] = 256
t(s1)
def s2():
    b[0] = -1
t(s2)
def s3():
    b[0] = b'x'
t(s3)
def s4():
    b[5] = 1
t(s4)
def s5():
    b[::2] = b'xyz'
t(s5)
def s6():
    b[0:1] = 5
t(s6)
def s7():
    b[0:1] = 'str'
t(s7)
t(lambda: b.append(256))
t(lambda: b.append('a'))
t(lambda: b.extend([300]))
t(lambda: b.extend(5))
t(lambda: b.remove(120))
t(lambda: bytearray().pop())
t(lambda: b.pop(10))
t(lambda: b.insert(0, 'x'))
t(lambda: b[10])
t(lambda: bytearray([256]))
t(lambda: bytearray('abc'))
t(lambda: bytearray(-1))
def d1():
    del b[10]
t(d1)
t(lambda: hash(b))
t(lambda: {b: 1})
t(lambda: b.index(b'z'))
print(b)
