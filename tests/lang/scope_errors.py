# NameError / UnboundLocalError paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def f1():
    return undefined_global_name
t(f1)
g = 'global'
def f2():
    print(g)
    g = 'local'
t(f2)
def f3():
    x += 1
    x = 0
t(f3)
def f4():
    def inner():
        return y
    return inner()
t(f4)
def f5():
    def inner():
        return z
    r = inner()
    z = 1
    return r
t(f5)
def f6():
    for i in range(0):
        pass
    return i
t(f6)
def f7():
    if False:
        w = 1
    return w
t(f7)
def f8():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
t(f8)
def f9():
    del q
    q = 1
t(f9)
print(isinstance(UnboundLocalError(), NameError))
def f10():
    return [undefined_in_comp for _ in range(1)]
t(f10)
class K:
    def m(self):
        return cls_level
    cls_level = 1
t(lambda: K().m())
