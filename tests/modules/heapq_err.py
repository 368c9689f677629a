# heapq errors: bad heap types, arity and keywords, empty heaps,
# comparisons that raise or change the heap, CPython's messages
import heapq

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for name in ['heappush', 'heapreplace', 'heappushpop', '_heapreplace_max']:
    f = getattr(heapq, name)
    t(lambda: f((1,), 2))
    t(lambda: f(None, 2))
    t(lambda: f([]))
    t(lambda: f([], 1, 2))
    t(lambda: f(heap=[], item=1))
    t(lambda: f())
for name in ['heappop', 'heapify', '_heapify_max', '_heappop_max']:
    f = getattr(heapq, name)
    t(lambda: f(1))
    t(lambda: f('abc'))
    t(lambda: f())
    t(lambda: f([], []))
    t(lambda: f(heap=[]))
class D(dict):
    pass
t(lambda: heapq.heappop(D()))
t(lambda: heapq.heappush(range(3), 1))

t(lambda: heapq.heappop([]))
t(lambda: heapq._heappop_max([]))
t(lambda: heapq.heapreplace([], 1))
t(lambda: heapq._heapreplace_max([], 1))

# Incomparable items: the error of `<`, heap left as CPython leaves it.
h = [1, 2]
t(lambda: heapq.heappush(h, 'a'))
print(h)
h = [1, 'a']
t(lambda: heapq.heapify(h))
t(lambda: heapq.heappushpop([1], None))
t(lambda: heapq.heappop([1, 2, None]))
print(h)
t(lambda: heapq._heapify_max([1, 'x', 3]))
t(lambda: heapq.nlargest(2, [1, 'x', 3]))
t(lambda: heapq.nsmallest(2, [1, 2, 'x']))
t(lambda: list(heapq.merge([1], ['a'])))
t(lambda: heapq.heappush([{}], {}))

# A comparison that raises is propagated.
class Bad:
    def __lt__(self, other):
        raise ValueError('no order')
t(lambda: heapq.heappush([Bad()], Bad()))
t(lambda: heapq.heapify([Bad(), Bad(), Bad()]))
t(lambda: heapq.heappushpop([Bad()], 1))
t(lambda: heapq.heappushpop([1], Bad()))
t(lambda: heapq.nsmallest(2, [Bad(), Bad(), Bad()]))
t(lambda: heapq.heappop([1, 2, 3]))

# A comparison that changes the heap's length.
class Shrink:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
h = [0]
t(lambda: heapq.heappush(h, Shrink(h)))
print(h)
h = [Shrink(None), Shrink(None), 0]
h[0].heap = h
h[1].heap = h
t(lambda: heapq.heapify(h))
print(len(h))
# The top compared with the new item empties the heap: IndexError.
class Empties:
    def __lt__(self, other):
        h2.clear()
        return True
h2 = [Empties()]
t(lambda: heapq.heappushpop(h2, 5))
print(h2)

# A comparison that returns a non-bool: its truth counts; one that
# cannot be a bool raises.
class Weird:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return [1] if self.v < other.v else []
    def __repr__(self):
        return 'W%d' % self.v
h = [Weird(v) for v in [5, 1, 4, 2]]
heapq.heapify(h)
print(h)
class NoBool:
    def __bool__(self):
        raise TypeError('no truth')
class Cmp:
    def __lt__(self, other):
        return NoBool()
t(lambda: heapq.heappush([Cmp()], Cmp()))

# Python-level functions: argument errors as Python functions word them.
t(lambda: heapq.nlargest(1))
t(lambda: heapq.nlargest())
t(lambda: heapq.nsmallest(1, [1], None, 4))
t(lambda: heapq.nsmallest(1, [1], foo=2))
t(lambda: heapq.nlargest(2.5, [1, 2]))
t(lambda: heapq.nlargest(1.5, [3, 1, 2]))
t(lambda: heapq.nsmallest('2', [3, 1, 2]))
t(lambda: heapq.nsmallest(2, 5))
t(lambda: heapq.nlargest(2, [1, 2, 3], key=5))
t(lambda: list(heapq.merge([1], key=1, foo=2)))
t(lambda: list(heapq.merge(1, [2])))
t(lambda: list(heapq.merge([2, 1], [3], key=5)))
