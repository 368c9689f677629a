# assignment / unpacking error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def u1():
    a, b = [1, 2, 3]
def u2():
    a, b, c = [1, 2]
def u3():
    a, b = 1
def u4():
    a, *b, c = [1]
def u5():
    (a, b), c = [1, 2], 3
    return a, b, c
def u6():
    a, b = 'xyz'
def u7():
    x = [1]
    x[5] = 0
def u8():
    d = {}
    d['a'] += 1
def u9():
    t = (1, 2)
    t[0] = 5
def u10():
    s = 'abc'
    s[0] = 'x'
def u11():
    x = []
    x[::2] = [1]
def u12():
    x = [1, 2, 3, 4]
    x[::2] = [1, 2, 3]
def u13():
    a, b = None
def u14():
    x = undefined_thing + 1
def u15():
    n += 1
for f in (u1, u2, u3, u4, u5, u6, u7, u8, u9, u10, u11, u12, u13, u14, u15):
    t(f)
