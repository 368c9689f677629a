# list slice reads, assignments and deletions over many index combinations
base = list(range(8))
idx = [None, -9, -3, 0, 2, 5, 8, 12]
reads = []
for a in idx:
    for b in idx:
        for c in [None, 1, 3, -1, -2]:
            reads.append(len(base[a:b:c]))
print(sum(reads), reads[:40])
results = []
for a in idx:
    for b in idx:
        l = list(base)
        l[a:b] = ['x', 'y']
        results.append(''.join(map(str, l)))
print(results[:16])
print(results[40:56])
dels = []
for a in idx:
    for c in [None, 2, -2, 3]:
        l = list(base)
        del l[a::c]
        dels.append(l)
print(dels[:12])
ext = []
for a, b, c in [(None, None, 2), (1, None, 2), (None, None, -1), (6, 1, -2), (-1, -8, -3)]:
    l = list(base)
    n = len(l[a:b:c])
    l[a:b:c] = ['e%d' % i for i in range(n)]
    ext.append(l)
print(ext)
for a, b, c, v in [(None, None, 2, [1]), (0, 4, 2, []), (None, None, -1, [1, 2])]:
    l = list(base)
    try:
        l[a:b:c] = v
    except ValueError as e:
        print(type(e).__name__, e)
l = list(base)
l[5:2] = ['ins']
print(l)
l[-100:-50] = ['pre']
l[100:200] = ['post']
print(l)
