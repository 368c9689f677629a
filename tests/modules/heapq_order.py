# heapq compares with `<` only, in CPython's order: a log of every
# comparison (and of __eq__ calls made by tuple comparison) must match,
# for the native operations (including heapify of more than 2,500 items,
# which CPython sifts in another order) and merge. nlargest/nsmallest end
# with list.sort, whose comparisons upy makes in another order than
# timsort's, so only their results are shown.
import heapq

log = []

class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
    def __eq__(self, other):
        log.append(('eq', self.v, other.v))
        return self.v == other.v
    __hash__ = None
    def __repr__(self):
        return 'K(%r)' % (self.v,)

def show(label, result=None, logged=True):
    if logged:
        print(label, result, len(log), log[:40])
    else:
        print(label, result)
    log.clear()

vals = [7, 3, 9, 1, 4, 4, 8, 2, 6, 0, 5, 3]
h = []
for v in vals:
    heapq.heappush(h, K(v))
show('push', h)
heapq.heapify(h)
show('heapify again', h)
show('pop', [heapq.heappop(h) for _ in range(4)])
show('replace', heapq.heapreplace(h, K(10)))
show('pushpop small', heapq.heappushpop(h, K(-1)))
show('pushpop big', heapq.heappushpop(h, K(6)))
h = [K(v) for v in vals]
heapq.heapify(h)
show('heapify', h)
h = [K(v) for v in vals]
heapq._heapify_max(h)
show('heapify_max', h)
show('replace_max', heapq._heapreplace_max(h, K(2)))
show('pop_max', heapq._heappop_max(h))

ks = [K(v) for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]]
show('nsmallest', heapq.nsmallest(4, ks), False)
show('nlargest', heapq.nlargest(4, ks), False)
show('nsmallest iter', heapq.nsmallest(4, iter(ks)), False)
show('nlargest iter', heapq.nlargest(4, iter(ks)), False)
show('nsmallest key', heapq.nsmallest(3, iter(ks), key=lambda k: K(-k.v)), False)
show('nlargest key', heapq.nlargest(3, iter(ks), key=lambda k: K(k.v % 4)), False)
show('nsmallest 1', heapq.nsmallest(1, ks))
show('nlargest all', heapq.nlargest(20, ks), False)
show('merge', list(heapq.merge([K(1), K(3), K(3)], [K(2), K(3)], [K(0), K(4)])))
show('merge rev', list(heapq.merge([K(5), K(3)], [K(4), K(3)], reverse=True)))
show('merge key', list(heapq.merge([K(1), K(3)], [K(2), K(3)], key=lambda k: K(k.v // 2))))

# Large heaps: the full log is long, so its length and a checksum.
def checksum(seq):
    c = 0
    for a, b in seq:
        c = (c * 31 + a * 7919 + b) % 1000000007
    return c

for n in [2500, 2501, 3000, 5000]:
    state = 12345
    h = []
    for i in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        h.append(K(state % 1000))
    heapq.heapify(h)
    print(n, len(log), checksum(log), checksum([(i, k.v) for i, k in enumerate(h)]))
    log.clear()
    heapq._heapify_max(h)
    print(n, len(log), checksum(log), checksum([(i, k.v) for i, k in enumerate(h)]))
    log.clear()
