# async def / await driven manually by coro.send(None)
class Yield:
    def __await__(self):
        v = yield 'suspended'
        return v
async def add(a, b):
    return a + b
async def main():
    r = await add(1, 2)
    print('add ->', r)
    x = await Yield()
    print('resumed with', x)
    return r * 10
def run(coro):
    try:
        v = coro.send(None)
        while True:
            print('yielded', v)
            v = coro.send('value')
    except StopIteration as e:
        return e.value
print(run(main()))
c = add(2, 3)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
async def raiser():
    raise ValueError('async error')
try:
    raiser().send(None)
except ValueError as e:
    print('ValueError', e)
async def nested():
    total = 0
    for i in range(3):
        total += await add(i, i)
    return total
print(run(nested()))
async def multi():
    a = await Yield()
    b = await Yield()
    return (a, b)
print(run(multi()))
c = add(1, 1)
c.close()
print('closed')
async def awaits_coroutine_obj():
    co = add(4, 4)
    return await co
print(run(awaits_coroutine_obj()))
class BadAwait:
    pass
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print('TypeError', e)
