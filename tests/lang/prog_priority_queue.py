# binary-heap priority queue class with stable ordering and update support
class PQEmpty(Exception):
    pass
class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._count = 0
    def __len__(self):
        return len(self._heap)
    def __bool__(self):
        return bool(self._heap)
    def push(self, prio, item):
        entry = (prio, self._count, item)
        self._count += 1
        h = self._heap
        h.append(entry)
        i = len(h) - 1
        while i > 0:
            p = (i - 1) // 2
            if h[p] <= h[i]:
                break
            h[p], h[i] = h[i], h[p]
            i = p
    def pop(self):
        h = self._heap
        if not h:
            raise PQEmpty('pop from empty queue')
        top = h[0]
        last = h.pop()
        if h:
            h[0] = last
            i, n = 0, len(h)
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < n and h[l] < h[m]: m = l
                if r < n and h[r] < h[m]: m = r
                if m == i: break
                h[i], h[m] = h[m], h[i]
                i = m
        return top[0], top[2]
    def peek(self):
        if not self._heap:
            raise PQEmpty('peek at empty queue')
        return self._heap[0][0], self._heap[0][2]
pq = PriorityQueue()
for prio, task in [(5, 'write'), (1, 'plan'), (3, 'test'), (1, 'coffee'), (4, 'review'), (3, 'fix')]:
    pq.push(prio, task)
print(len(pq), pq.peek())
order = []
while pq:
    order.append(pq.pop())
print(order)
try:
    pq.pop()
except PQEmpty as e:
    print('PQEmpty', e)
import sys
vals = [(i * 7919) % 101 for i in range(50)]
pq2 = PriorityQueue()
for v in vals:
    pq2.push(v, v)
out = [pq2.pop()[0] for _ in range(len(pq2))]
print(out == sorted(vals), out[:10])
def kth_smallest(xs, k):
    q = PriorityQueue()
    for x in xs:
        q.push(-x, x)
        if len(q) > k:
            q.pop()
    return q.peek()[1]
print(kth_smallest(vals, 1), kth_smallest(vals, 5), sorted(vals)[4])
