# A discrete-event scheduler on a heapq priority queue: events ordered by
# (time, priority, sequence number), cancellation by marking entries dead,
# periodic tasks that reschedule themselves, and a simulated job queue.
import heapq


class Scheduler:
    def __init__(self):
        self.queue = []
        self.seq = 0
        self.now = 0
        self.live = {}
        self.trace = []

    def at(self, when, action, *args, priority=0):
        self.seq += 1
        entry = [when, priority, self.seq, action, args]
        self.live[self.seq] = entry
        heapq.heappush(self.queue, entry)
        return self.seq

    def after(self, delay, action, *args, priority=0):
        return self.at(self.now + delay, action, *args, priority=priority)

    def cancel(self, ident):
        entry = self.live.pop(ident, None)
        if entry is not None:
            entry[3] = None  # a dead entry stays in the heap until popped

    def peek(self):
        while self.queue and self.queue[0][3] is None:
            heapq.heappop(self.queue)
        return self.queue[0][0] if self.queue else None

    def run(self, until):
        while self.queue:
            when, prio, seq, action, args = self.queue[0]
            if when > until:
                break
            heapq.heappop(self.queue)
            if action is None:
                continue
            del self.live[seq]
            self.now = when
            action(*args)
        self.now = until


sched = Scheduler()
log = []


def say(msg):
    log.append((sched.now, msg))


def tick(name, period, left):
    say('%s tick %d' % (name, left))
    if left > 1:
        sched.after(period, tick, name, period, left - 1)


sched.at(5, say, 'five')
sched.at(5, say, 'five, urgent', priority=-1)
sched.at(5, say, 'five, late', priority=1)
doomed = sched.at(7, say, 'never')
sched.at(1, tick, 'fast', 2, 4)
sched.at(3, tick, 'slow', 5, 3)
sched.at(2, sched.cancel, doomed)
sched.at(12, say, 'twelve')
sched.run(10)
print('now', sched.now, 'next', sched.peek())
for e in log:
    print(e)
log.clear()
sched.run(100)
for e in log:
    print(e)
print('left', len(sched.queue), sched.peek())

# A job queue: workers take the most urgent job; jobs of equal urgency in
# arrival order; heappushpop and heapreplace keep the heap small.
jobs = []
arrivals = [(3, 'compile'), (1, 'page oncall'), (2, 'review'), (3, 'lint'),
            (1, 'fix prod'), (5, 'refactor'), (2, 'deploy'), (4, 'docs')]
for n, (urgency, name) in enumerate(arrivals):
    heapq.heappush(jobs, (urgency, n, name))
done = []
while jobs:
    urgency, n, name = heapq.heappop(jobs)
    done.append(name)
    if name == 'review':
        # Reviewing spawns a follow-up, more urgent than what is left.
        heapq.heappush(jobs, (2, 100, 'address comments'))
print(done)

# Top-k over a stream with a bounded heap (heappushpop), against sorting.
import random
rng = random.Random(42)
stream = [rng.randrange(10000) for _ in range(500)]
k = 10
top = []
for x in stream:
    if len(top) < k:
        heapq.heappush(top, x)
    else:
        heapq.heappushpop(top, x)
print(sorted(top, reverse=True))
print(sorted(top, reverse=True) == sorted(stream, reverse=True)[:k])
print(heapq.nlargest(k, stream) == sorted(stream, reverse=True)[:k])

# Merging per-machine logs, each sorted by timestamp.
logs = {
    'a': [(1, 'boot'), (4, 'load'), (9, 'idle')],
    'b': [(2, 'boot'), (3, 'sync'), (9, 'sync')],
    'c': [(0, 'boot'), (10, 'halt')],
}
for ts, machine, event in heapq.merge(*[[(t, m, e) for t, e in v] for m, v in sorted(logs.items())]):
    print(ts, machine, event)

# Dijkstra's shortest paths with a heap of (distance, node).
graph = {
    'A': {'B': 7, 'C': 9, 'F': 14},
    'B': {'A': 7, 'C': 10, 'D': 15},
    'C': {'A': 9, 'B': 10, 'D': 11, 'F': 2},
    'D': {'B': 15, 'C': 11, 'E': 6},
    'E': {'D': 6, 'F': 9},
    'F': {'A': 14, 'C': 2, 'E': 9},
}


def dijkstra(start):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    while heap:
        d, node = heapq.heappop(heap)
        if d > dist.get(node, d):
            continue
        for nxt, w in sorted(graph[node].items()):
            nd = d + w
            if nd < dist.get(nxt, nd + 1):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(heap, (nd, nxt))
    return dist, prev


dist, prev = dijkstra('A')
for node in sorted(dist):
    path = [node]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(node, dist[node], '-'.join(reversed(path)))
