# interval arithmetic: merging, intersecting, and free-slot finding
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if s > e:
            raise ValueError('bad interval (%r, %r)' % (s, e))
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(x) for x in out]
def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out
def free_slots(busy, day=(9, 17)):
    out, cur = [], day[0]
    for s, e in merge(busy):
        if s > cur:
            out.append((cur, min(s, day[1])))
        cur = max(cur, e)
    if cur < day[1]:
        out.append((cur, day[1]))
    return out
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (10, 11)]))
print(merge([]), merge([(5, 5)]), merge([(1, 4), (4, 5)]))
try:
    merge([(3, 1)])
except ValueError as e:
    print('ValueError', e)
A = merge([(0, 5), (10, 15), (20, 25)])
B = merge([(3, 12), (14, 22)])
print(intersect(A, B))
print(free_slots([(10, 11), (9.5, 10.5), (13, 14), (16, 18)]))
print(free_slots([]), free_slots([(8, 18)]))
def total_length(iv):
    return sum(e - s for s, e in merge(iv))
print(total_length([(0, 10), (5, 15), (20, 21)]), total_length([(0.5, 1.25)]))
def covers(iv, point):
    return any(s <= point < e for s, e in iv)
print([p for p in range(0, 30, 3) if covers(A, p)])
