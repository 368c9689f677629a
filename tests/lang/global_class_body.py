# global and nonlocal declarations interacting with class bodies
g = 'module'
class A:
    global g
    g = 'set from class body'
    h = g
print(g, A.h)
def outer():
    v = 'outer'
    class B:
        nonlocal v
        v = 'set in class body'
        w = v
    return v, B.w
print(outer())
def outer2():
    x = 'enclosing'
    class C:
        x = 'class attr'
        def m(self):
            return x
    return C().m(), C.x
print(outer2())
def outer3():
    y = 1
    class D:
        z = y + 1
    return D.z
print(outer3())
counter = 0
class E:
    def bump(self):
        global counter
        counter += 1
        return counter
e = E()
e.bump(); e.bump()
print(counter)
