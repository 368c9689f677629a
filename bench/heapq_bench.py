"""heapq workload: a priority queue of (priority, serial, payload) tuples
fed and drained by an event loop, heapify of large lists, heappushpop for
a running top-k, heapreplace, and nlargest/nsmallest/merge with and
without a key.  Exercises the heap operations and tuple comparison.

Usage: python3 heapq_bench.py [ROUNDS]
"""
import sys
import heapq


class Rng:
    """xorshift32: deterministic, the same under every interpreter."""

    def __init__(self, seed):
        self.x = seed

    def next(self, bound):
        x = self.x
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.x = x
        return x % bound


def event_loop(rng, n):
    # Each event may schedule up to two later ones: a queue that grows
    # and shrinks, with ties broken by the serial number.
    queue = []
    serial = 0
    for _ in range(64):
        heapq.heappush(queue, (rng.next(100), serial, "start"))
        serial += 1
    handled = 0
    check = 0
    while queue and handled < n:
        when, s, kind = heapq.heappop(queue)
        handled += 1
        check = (check * 31 + when + s) & 0xFFFFFFFF
        for _ in range(rng.next(3)):
            heapq.heappush(queue, (when + 1 + rng.next(50), serial, kind))
            serial += 1
    return handled, check, len(queue)


def top_k(rng, n, k):
    top = []
    for _ in range(n):
        x = rng.next(1000000)
        if len(top) < k:
            heapq.heappush(top, x)
        else:
            heapq.heappushpop(top, x)
    return sum(top)


def heapify_drain(rng, n):
    data = [rng.next(1 << 20) for _ in range(n)]
    heapq.heapify(data)
    total = 0
    for i in range(n // 2):
        total += heapq.heapreplace(data, rng.next(1 << 20)) if i % 2 else heapq.heappop(data)
    return total & 0xFFFFFFFF


def selections(rng, n):
    words = ["w%d" % rng.next(5000) for _ in range(n)]
    nums = [rng.next(100000) for _ in range(n)]
    a = heapq.nlargest(10, nums)
    b = heapq.nsmallest(10, nums)
    c = heapq.nlargest(5, words, key=len)
    d = heapq.nsmallest(5, iter(words))
    runs = [sorted(nums[i::8]) for i in range(8)]
    merged = 0
    for i, x in enumerate(heapq.merge(*runs)):
        merged = (merged + x * (i & 7)) & 0xFFFFFFFF
    return sum(a) - sum(b), c[0], d[0], merged


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    rng = Rng(20240601)
    check = 0
    for _ in range(rounds):
        handled, c, left = event_loop(rng, 20000)
        check = (check + c + handled + left) & 0xFFFFFFFF
        check = (check + top_k(rng, 20000, 50)) & 0xFFFFFFFF
        check = (check + heapify_drain(rng, 20000)) & 0xFFFFFFFF
        diff, w1, w2, merged = selections(rng, 10000)
        check = (check + diff + merged + len(w1) + len(w2)) & 0xFFFFFFFF
    print("heapq_bench rounds=%d checksum=%d" % (rounds, check))


main()
