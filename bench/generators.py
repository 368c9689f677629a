"""Generators: lazy pipelines of generator functions and generator
expressions (source -> map -> filter -> window -> chunk -> reduce),
yield from delegation, send() into coroutines, and a generator-based
sieve of primes.  Exercises generator creation, resumption and teardown.

Usage: python3 generators.py [N]
"""
import sys


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def scramble(src):
    for x in src:
        yield (x * 2654435761) % 1000003


def keep_if(pred, src):
    for x in src:
        if pred(x):
            yield x


def pairs(src):
    prev = None
    first = True
    for x in src:
        if not first:
            yield prev, x
        prev = x
        first = False


def chunks(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def tree(depth, label):
    if depth == 0:
        return label
    return [tree(depth - 1, label * 2), label, tree(depth - 1, label * 2 + 1)]


def running_average():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return total
        total += value
        count += 1
        avg = total // count


def take(n, src):
    for x in src:
        if n <= 0:
            return
        yield x
        n -= 1


def naturals_from(n):
    while True:
        yield n
        n += 1


def not_divisible(p, src):
    for x in src:
        if x % p:
            yield x


def primes():
    src = naturals_from(2)
    while True:
        p = next(src)
        yield p
        src = not_divisible(p, src)


def pipeline(n):
    total = 0
    evens = keep_if(lambda v: v & 1 == 0, scramble(count_up(n)))
    for a, b in pairs(evens):
        total = (total + (a ^ b)) & 0xFFFFFFFF
    for chunk in chunks((x * x for x in count_up(n) if x % 3), 7):
        total = (total + sum(chunk) + len(chunk)) & 0xFFFFFFFF
    total += sum(x for x in range(n) if x % 5 == 0)
    total += max(len(c) for c in chunks(range(n // 10), 13))
    return total & 0xFFFFFFFF


def delegation(depth):
    flat = list(flatten(tree(depth, 1)))
    return len(flat), sum(flat)


def coroutine(n):
    co = running_average()
    next(co)
    last = 0
    for v in scramble(count_up(n)):
        last = co.send(v)
    try:
        co.send(None)
    except StopIteration as e:
        return last, e.value
    return last, -1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1800000
    r1 = pipeline(n)
    r2 = delegation(13)
    r3 = coroutine(n)
    plist = list(take(250, primes()))
    print("generators n=%d pipeline=%d flat=%d,%d avg=%d,%d primes=%d,%d" %
          (n, r1, r2[0], r2[1], r3[0], r3[1], len(plist), plist[-1]))


main()
