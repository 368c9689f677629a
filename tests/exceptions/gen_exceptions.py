# exceptions inside generators
def g():
    yield 1
    raise ValueError('in generator')
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print('caught', e)
try:
    next(it)
except StopIteration:
    print('generator finished after exception')
def g2():
    try:
        yield 1
    except KeyError as e:
        print('generator caught thrown', repr(e))
        yield 'recovered'
    yield 'after'
it = g2()
next(it)
print(it.throw(KeyError('k')))
print(next(it))
def g3():
    try:
        yield
    finally:
        print('finally on close')
it = g3()
next(it)
it.close()
def g4():
    yield 1
    return 'ret'
it = g4()
next(it)
try:
    next(it)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
def g5():
    yield from g()
try:
    list(g5())
except ValueError as e:
    print('through yield from', e)
def g6():
    raise StopIteration('explicit')
    yield
try:
    next(g6())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def g7():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit caught')
        raise
it = g7()
next(it)
it.close()
def g8():
    x = yield
    yield 10 / x
it = g8()
next(it)
try:
    it.send(0)
except ZeroDivisionError as e:
    print('send raised', e)
print(list(x for x in range(3) if x != 1))
try:
    list(1 // x for x in [1, 0])
except ZeroDivisionError as e:
    print('genexpr raised', e)
