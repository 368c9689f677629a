# generator error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def g1():
    yield 1
    raise ValueError('inside gen')
def run1():
    return list(g1())
t(run1)
def g2():
    yield next(iter([]))
def run2():
    return list(g2())
t(run2)
def g3():
    raise StopIteration('explicit')
    yield
def run3():
    return next(g3())
t(run3)
def g4():
    me = yield
    yield next(me)
def run4():
    g = g4()
    next(g)
    return g.send(g)
t(run4)
def run5():
    g = (x for x in range(3))
    return g.send(5)
t(run5)
def run6():
    g = (1 / x for x in [1, 0])
    return list(g)
t(run6)
def run7():
    g = iter([1])
    next(g)
    return next(g)
t(run7)
def run8():
    return next(x for x in [])
t(run8)
def run9():
    return next(5)
t(run9)
def run10():
    g = g1()
    list(zip(g, range(5)))
    return list(g)
t(run10)
def g11():
    return 5
    yield
def run11():
    g = g11()
    try:
        next(g)
    except StopIteration as e:
        return ('stop', e.value)
t(run11)
