# sorting: stability, keys, reverse, mixed numeric types
import random
random.seed(5)
data = [random.randint(0, 20) for _ in range(30)]
print(sorted(data))
print(sorted(data, reverse=True))
pairs = [(v % 4, i) for i, v in enumerate(data)]
print(sorted(pairs, key=lambda p: p[0])[:10])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:10])
print(sorted(['b', 'A', 'c', 'B', 'a'], key=str.lower), sorted(['b', 'A', 'c', 'B', 'a']))
print(sorted([3.5, 1, True, 2.25, -1]), sorted([[2, 1], [1, 2], [1, 1, 1], []]))
print(sorted('hello world'), sorted({3: 'a', 1: 'b'}), sorted({'x', 'y', 'a'}))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([(-1, 2), (-1, 1)], reverse=True))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print(sorted(range(10), key=lambda x: x % 3))
print(sorted(range(10), key=lambda x: x % 3, reverse=True))
l = list(range(100, 0, -7))
l.sort()
print(l)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return 'K%d' % self.v
print(sorted([K(3), K(1), K(2)]), sorted([K(3), K(1), K(2)], reverse=True))
print(sorted([]), sorted([1]), sorted((2, 1)), sorted(x for x in [2, 3, 1]))
big = [random.random() for _ in range(1000)]
s = sorted(big)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s))
