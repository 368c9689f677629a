# Async generators: async for, asend, athrow, aclose, awaits inside the
# generator passed through to the driver, errors.

class Sleep:
    """An awaitable that suspends once, handing `tag` to the driver."""
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

def run(coro):
    """Drive a coroutine, answering each suspension with its tag * 10."""
    sent = None
    while True:
        try:
            tag = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("driver got", tag)
        sent = tag * 10 if isinstance(tag, int) else tag

async def counter(n):
    for i in range(n):
        woke = await Sleep(i)
        print("woke with", woke)
        yield i
    print("counter done")

async def main():
    total = 0
    async for v in counter(3):
        print("value", v)
        total += v
    return total

print("result", run(main()))

async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except ValueError as e:
        yield "caught " + str(e)
    finally:
        print("echo finally", received)

async def protocol():
    g = echo()
    print(await g.__anext__())
    print(await g.asend("a"))
    print(await g.asend("b"))
    print(await g.athrow(ValueError("boom")))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    return "ok"

print(run(protocol()))

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def close_ignored():
    g = stubborn()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

run(close_ignored())

async def raiser():
    yield 1
    raise KeyError("k")

async def errors():
    out = []
    try:
        async for v in raiser():
            out.append(v)
    except KeyError as e:
        out.append(repr(e))
    aw = raiser().__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        out.append(str(e))
    return out

print(run(errors()))

async def stop_inside():
    yield 1
    raise StopAsyncIteration

async def bad_stop():
    try:
        async for v in stop_inside():
            pass
    except RuntimeError as e:
        return "RuntimeError: " + str(e)

print(run(bad_stop()))
g = counter(1)
print(type(g).__name__, g.__aiter__() is g)
try:
    for x in counter(1):
        pass
except TypeError as e:
    print("TypeError:", e)
