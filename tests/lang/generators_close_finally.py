# generator close(): GeneratorExit, finally blocks, yield in finally
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
it = g()
print(next(it))
it.close()
print('closed')
it.close()
try:
    next(it)
except StopIteration:
    print('StopIteration after close')
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        raise
c = catcher()
next(c)
c.close()
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored'
r = returns_on_exit()
next(r)
print(r.close())
def never_started():
    print('never printed')
    yield
ns = never_started()
ns.close()
print('ns closed')
def for_break():
    try:
        for i in range(10):
            yield i
    finally:
        print('for_break finally')
fb = for_break()
for x in fb:
    if x == 2:
        break
print('after loop', x)
fb.close()
def exc_on_close():
    try:
        yield
    finally:
        raise ValueError('from finally')
e = exc_on_close()
next(e)
try:
    e.close()
except ValueError as ex:
    print(type(ex).__name__, ex)
def nested():
    try:
        try:
            yield 'a'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
n = nested()
print(next(n))
n.close()
print('end')
