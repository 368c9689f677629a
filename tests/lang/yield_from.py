# yield from
def inner():
    x = yield 1
    print('inner got', x)
    y = yield 2
    print('inner got', y)
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 3
g = outer()
print(next(g))
print(g.send('a'))
print(g.send('b'))
try:
    next(g)
except StopIteration:
    print('done')
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], 'ab', range(2), (x for x in [9]))))
def tree(n):
    if n == 0:
        yield 0
        return
    yield n
    yield from tree(n - 1)
print(list(tree(4)))
def catching_inner():
    try:
        yield 1
    except ValueError:
        yield 'inner caught'
def deleg():
    yield from catching_inner()
g = deleg()
next(g)
print(g.throw(ValueError))
def closing_inner():
    try:
        yield 1
    finally:
        print('inner closed')
def deleg2():
    yield from closing_inner()
g = deleg2()
next(g)
g.close()
def ret_val():
    yield from ()
    return 'only return'
def deleg3():
    v = yield from ret_val()
    yield v
print(list(deleg3()))
def stop_value():
    v = yield from iter([1, 2])
    yield v
print(list(stop_value()))
def yf_gen_expr():
    yield from (i * 10 for i in range(3))
print(list(yf_gen_expr()))
def inner_exc():
    yield 1
    raise KeyError('from inner')
def outer_exc():
    try:
        yield from inner_exc()
    except KeyError as e:
        yield 'outer caught ' + repr(e)
print(list(outer_exc()))
