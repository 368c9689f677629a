# GeneratorExit is a BaseException; close() semantics with except Exception handlers
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
def swallow_all():
    while True:
        try:
            yield
        except Exception as e:
            print('caught Exception', type(e).__name__)
g = swallow_all()
next(g)
g.throw(ValueError)
g.close()
print('closed cleanly')
def catch_base():
    try:
        yield 1
    except BaseException as e:
        print('caught', type(e).__name__)
        raise
c = catch_base()
next(c)
c.close()
def yield_after_exit():
    try:
        yield 1
    except BaseException:
        yield 'nope'
y = yield_after_exit()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def throw_generator_exit():
    try:
        yield 1
    except GeneratorExit:
        print('got explicit GeneratorExit')
        return 'ret'
t = throw_generator_exit()
next(t)
try:
    t.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit propagated')
except StopIteration as e:
    print('StopIteration', e.value)
def finished():
    yield 1
f = finished()
list(f)
print(f.close())
try:
    raise GeneratorExit('manual')
except Exception:
    print('wrong')
except BaseException as e:
    print('BaseException', repr(e))
