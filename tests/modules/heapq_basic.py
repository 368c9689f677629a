# heapq: the heap operations, nlargest/nsmallest and merge against CPython
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
print(out)

data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0, 5, 5]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 3))
print(heapq.heapify([]), heapq.heapify([1]))

# Floats, strings, tuples (tie-breaking by the next field).
h = []
for w in ['pear', 'apple', 'fig', 'kiwi', 'banana', 'apple']:
    heapq.heappush(h, w)
print([heapq.heappop(h) for _ in range(len(h))])
h = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a'), (0.5, 'q')]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))])
h = [3.5, -1.0, float('inf'), 2, 0.0, -7]
heapq.heapify(h)
print(h)

# A list subclass is a list.
class L(list):
    pass
h = L([4, 2, 6])
heapq.heapify(h)
heapq.heappush(h, 1)
print(type(h).__name__, h, heapq.heappop(h))

# Max-heap helpers (used by nsmallest and merge).
h = [1, 5, 3, 9, 7]
heapq._heapify_max(h)
print(h, heapq._heapreplace_max(h, 4), h, heapq._heappop_max(h), h)
print(heapq._heappop_max([2]))

# nlargest / nsmallest with and without key, short and long inputs.
import random
r = random.Random(5)
nums = [r.randrange(100) for _ in range(50)]
for n in [-1, 0, 1, 2, 5, 49, 50, 60]:
    print(n, heapq.nsmallest(n, nums), heapq.nlargest(n, nums))
    print(heapq.nsmallest(n, iter(nums)), heapq.nlargest(n, iter(nums)))
    print(heapq.nsmallest(n, nums, key=lambda v: v % 7), heapq.nlargest(n, iter(nums), key=lambda v: -v))
words = 'the quick brown fox jumps over the lazy dog again and again'.split()
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(3, words, key=len))
print(heapq.nlargest(4, words), heapq.nsmallest(4, iter(words), key=str.upper))
print(heapq.nlargest(2, []), heapq.nsmallest(2, iter([])), heapq.nsmallest(1, []), heapq.nlargest(1, [3], key=abs))
print(heapq.nsmallest(3, {5: 'a', 1: 'b', 3: 'c', 2: 'd'}))
print(heapq.nsmallest(2, 'hello'), heapq.nlargest(2, range(10)))

# merge: sorted inputs, key, reverse, empty inputs, laziness.
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([])), list(heapq.merge([], [1])))
print(list(heapq.merge([7, 5, 3], [8, 4, 1], reverse=True)))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge(['kangaroo', 'dog'], ['fish', 'cat'], key=len, reverse=True)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'b'), (2, 'a')], key=lambda p: p[0])))
m = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))
print(list(heapq.merge('ace', 'bdf')), list(heapq.merge(range(3), range(1, 4), range(2, 5))))

print(heapq.__all__)
print(heapq.heappush.__name__, heapq.nlargest.__name__)
