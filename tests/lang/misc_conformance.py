# Assorted behaviours: walrus with a global target in a comprehension,
# '{:c}' alignment, bytes.strip identity, bytes + array, StopAsyncIteration
# from a coroutine, a replaced builtins.__import__.
import array
import builtins
import json
import math

def scope():
    global wg
    print([wg := i * 2 for i in range(3)])
scope()
print(wg)

print("[{:4c}]".format(48), "[{:<3c}]".format(65), "[{:^5c}]".format(66))
try:
    "{:+c}".format(65)
except ValueError as e:
    print("ValueError:", e)

s = b"abc"
print(s.strip() is s, s.lstrip() is s, s.rstrip(b"x") is s, s.strip(b"a") is s)
ba = bytearray(b"abc")
print(ba.strip() is ba)

print(b"12" + array.array("b", [3, 4]), bytearray(b"x") + array.array("B", [65]))
try:
    b"12" + [3]
except TypeError as e:
    print("TypeError:", e)

class It:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n

async def main():
    async for x in It():
        print("got", x)
    return "done"

c = main()
try:
    c.send(None)
except StopIteration as e:
    print("finished", e.value)

async def raises():
    raise StopAsyncIteration("direct")
try:
    raises().send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", e)

orig = builtins.__import__
def fake(name, globals=None, locals=None, fromlist=None, level=0):
    print("import", name, fromlist, level)
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = fake
import math
from json import dumps
builtins.__import__ = orig
import errno
print(math.floor(2.5), dumps([1]))
