# LRU cache class built on a dict + doubly linked list, plus a memoizing decorator
class Node:
    __slots__ = ('key', 'val', 'prev', 'next')
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None
class LRU:
    def __init__(self, cap):
        if cap < 1:
            raise ValueError('capacity must be positive')
        self.cap = cap
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.val
    def put(self, key, val):
        n = self.map.get(key)
        if n:
            n.val = val
            self._unlink(n)
        else:
            if len(self.map) >= self.cap:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                print('evict', lru.key)
            n = Node(key, val)
            self.map[key] = n
        self._push_front(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, k):
        return k in self.map
c = LRU(3)
for k in 'abc':
    c.put(k, k.upper())
print(c.keys())
print(c.get('a'), c.keys())
c.put('d', 'D')
print(c.keys(), 'b' in c, len(c))
c.put('c', 'C2')
print(c.keys(), c.get('c'), c.get('zz', '?'))
c.put('e', 'E')
print(c.keys(), c.hits, c.misses)
try:
    LRU(0)
except ValueError as e:
    print('ValueError', e)
def lru_memo(cap):
    def deco(fn):
        cache = LRU(cap)
        miss = object()
        def wrapper(*args):
            r = cache.get(args, miss)
            if r is miss:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco
calls = []
@lru_memo(2)
def slow_sq(x):
    calls.append(x)
    return x * x
print([slow_sq(x) for x in [1, 2, 1, 3, 1, 2]], calls)
print(slow_sq.cache.hits, slow_sq.cache.misses)
