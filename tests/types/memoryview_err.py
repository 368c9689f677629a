# memoryview errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

ro = memoryview(b'abc')
rw = memoryview(bytearray(b'abc'))
def s1():
    ro[0] = 1
t(s1)
def s2():
    rw[0] = 256
t(s2)
def s3():
    rw[0:2] = b'xyz'
t(s3)
def s4():
    rw[5] = 1
t(s4)
t(lambda: rw[5])
t(lambda: memoryview('str'))
t(lambda: memoryview(5))
t(lambda: memoryview([1, 2]))
def d1():
    del rw[0]
t(d1)
t(lambda: rw + rw)
