# coroutine error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

async def ok():
    return 1
async def awaits(x):
    return await x
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
t(lambda: run(awaits(5)))
t(lambda: run(awaits(None)))
def reuse():
    c = ok()
    run(c)
    return run(c)
t(reuse)
def reuse_await():
    c = ok()
    run(awaits(c))
    return run(awaits(c))
t(reuse_await)
class BadAwait:
    def __await__(self):
        return 5
t(lambda: run(awaits(BadAwait())))
async def raises():
    raise KeyError('inside')
t(lambda: run(raises()))
async def catches():
    try:
        await raises()
    except KeyError as e:
        return 'caught ' + repr(e)
t(lambda: run(catches()))
class NotAIter:
    pass
async def bad_for():
    async for x in NotAIter():
        pass
t(lambda: run(bad_for()))
async def bad_with():
    async with NotAIter():
        pass
t(lambda: type(run(bad_with())))
def throw_into():
    c = ok()
    try:
        c.throw(ValueError('thrown'))
    except ValueError as e:
        return 'ValueError ' + str(e)
t(throw_into)
async def stop_inside():
    raise StopIteration
t(lambda: run(stop_inside()))
