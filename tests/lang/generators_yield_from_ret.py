# yield from: return values, delegation of send/throw, StopIteration value
def sub(n):
    total = 0
    for i in range(n):
        x = yield i
        if x is not None:
            total += x
    return total
def deleg():
    r1 = yield from sub(2)
    r2 = yield from sub(3)
    return (r1, r2)
g = deleg()
print(next(g))
print(g.send(10))
print(g.send(20))
print(g.send(1))
print(g.send(2))
try:
    g.send(3)
except StopIteration as e:
    print('result', e.value)
def inner():
    try:
        yield 1
    except KeyError as e:
        yield 'caught %s' % e
    return 'inner-done'
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o))
print(o.throw(KeyError('k')))
print(next(o))
def yf_list():
    r = yield from [1, 2, 3]
    return r
print(list(yf_list()))
def yf_gen_expr():
    yield from (x * x for x in range(4))
print(list(yf_gen_expr()))
def no_ret():
    yield 1
def wrap():
    r = yield from no_ret()
    yield 'got %r' % (r,)
print(list(wrap()))
def early():
    return 5
    yield
def w2():
    v = yield from early()
    yield v
print(list(w2()))
def unhandled():
    yield 1
def w3():
    yield from unhandled()
g3 = w3()
next(g3)
try:
    g3.throw(ValueError('boom'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(x for x in iter([1]) if 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def tramp():
    yield from 5
try:
    next(tramp())
except TypeError as e:
    print(type(e).__name__, e)
