# async for / async with, driven manually
class Suspend:
    def __await__(self):
        yield 'tick'
class AIter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Suspend()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('aenter', self.name)
        await Suspend()
        return self.name + '!'
    async def __aexit__(self, t, v, tb):
        print('aexit', self.name, t.__name__ if t else None)
        return t is KeyError
async def main():
    out = []
    async for v in AIter(3):
        out.append(v)
    print('async for', out)
    async for v in AIter(0):
        print('never')
    else:
        print('async for else')
    async with ACM('a') as x:
        print('inside', x)
    async with ACM('b') as y, ACM('c') as z:
        print('inside', y, z)
    async with ACM('s'):
        raise KeyError('suppressed')
    try:
        async with ACM('p'):
            raise ValueError('propagates')
    except ValueError as e:
        print('caught', e)
    return 'main done'
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
print(run(main()))
