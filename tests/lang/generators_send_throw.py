# generator send / throw / close
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
g = acc()
print(g.send(None))
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('stopped', e.value)
g = acc()
try:
    g.send(1)
except TypeError as e:
    print('TypeError', e)
def catcher():
    while True:
        try:
            yield 'normal'
        except ValueError as e:
            yield 'caught ' + str(e)
g = catcher()
print(next(g))
print(g.throw(ValueError('x')))
print(next(g))
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('propagated', repr(e))
try:
    next(g)
except StopIteration:
    print('closed after exception')
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
    finally:
        print('cleanup')
g = closer()
next(g)
g.close()
g.close()
try:
    next(g)
except StopIteration:
    print('StopIteration after close')
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 'oops'
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
g = closer()
g.close()
print('closed unstarted')
def ret_on_exit():
    try:
        yield 1
    finally:
        return 'r'
g = ret_on_exit()
next(g)
print(g.close())
def thrower():
    yield 1
g = thrower()
try:
    g.throw(ValueError('before start'))
except ValueError as e:
    print('unstarted throw', e)
g = thrower()
try:
    g.throw(ValueError)
except ValueError as e:
    print('class throw', repr(e))
