# generator.throw with various exception forms
def g():
    while True:
        try:
            v = yield
            print('recv', v)
        except ValueError as e:
            print('handled', e)
        except TypeError:
            print('type error, exiting')
            return 'done'
it = g()
next(it)
it.send(1)
it.throw(ValueError('v1'))
it.throw(ValueError)
it.send(2)
try:
    it.throw(TypeError)
except StopIteration as e:
    print('stop', e.value)
def fresh():
    yield 1
f = fresh()
try:
    f.throw(KeyError('before start'))
except KeyError as e:
    print('unstarted', repr(e))
try:
    next(f)
except StopIteration:
    print('exhausted')
def yields_in_except():
    try:
        yield 'a'
    except Exception as e:
        yield 'caught ' + type(e).__name__
        yield 'more'
y = yields_in_except()
print(next(y))
print(y.throw(IndexError))
print(next(y))
try:
    next(y)
except StopIteration:
    print('stop')
def finally_gen():
    try:
        yield 1
    finally:
        print('finally runs on throw')
fg = finally_gen()
next(fg)
try:
    fg.throw(RuntimeError('rt'))
except RuntimeError as e:
    print(type(e).__name__, e)
def running():
    yield me.throw(ValueError)
me = running()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
