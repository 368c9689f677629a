# The parts of heapq that CPython writes in Python. They make the same
# comparisons, in the same order, as CPython's: entries are tuples whose
# second item is a unique serial number, so ties keep input order and
# the items themselves are never compared beyond the first field.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    '''Merge sorted inputs into one sorted iterator (lazily).'''
    if reverse:
        make_heap, pop, replace, step = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, step = heapify, heappop, heapreplace, 1
    # An entry is [sort key, serial, value, next of its iterator]; it is
    # updated in place and sifted down when its iterator moves on.
    heap = []
    for serial, it in enumerate(map(iter, iterables)):
        next = it.__next__
        try:
            value = next()
            heap.append([value if key is None else key(value), serial * step, value, next])
        except StopIteration:
            pass
    make_heap(heap)
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3].__self__


def _best(n, iterable, key, largest):
    # The n best items: a heap of the best seen so far whose top is the
    # worst of them, so a new item is compared with it alone.
    if n == 1:
        missing = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    # range first, so zip takes no item past the n-th.
    if largest:
        serials = range(0, -n, -1)
    else:
        serials = range(n)
    if key is None:
        best = [(item, serial, item) for serial, item in zip(serials, it)]
    else:
        best = [(key(item), serial, item) for serial, item in zip(serials, it)]
    if not best:
        return best
    if largest:
        heapify(best)
        serial = -n
    else:
        _heapify_max(best)
        serial = n
    worst = best[0][0]
    # One loop per case: this is where the time goes.
    if largest and key is None:
        for item in it:
            if worst < item:
                heapreplace(best, (item, serial, item))
                worst = best[0][0]
                serial -= 1
    elif largest:
        for item in it:
            k = key(item)
            if worst < k:
                heapreplace(best, (k, serial, item))
                worst = best[0][0]
                serial -= 1
    elif key is None:
        for item in it:
            if item < worst:
                _heapreplace_max(best, (item, serial, item))
                worst = best[0][0]
                serial += 1
    else:
        for item in it:
            k = key(item)
            if k < worst:
                _heapreplace_max(best, (k, serial, item))
                worst = best[0][0]
                serial += 1
    best.sort(reverse=largest)
    return [entry[2] for entry in best]


def nsmallest(n, iterable, key=None):
    '''The n smallest items of iterable, as sorted(iterable, key=key)[:n].'''
    return _best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    '''The n largest items of iterable, as sorted(iterable, key=key,
    reverse=True)[:n].'''
    return _best(n, iterable, key, True)
