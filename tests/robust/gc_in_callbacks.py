# Garbage made by Python callbacks of native code (map, max, sorted, filter, list) is collected while the native code runs: 100 MB of bytearrays pass through upy's 8 MB heap.
print(sum(map(lambda x: len(bytearray(1000)), range(100000))))
print(max(range(20000), key=lambda x: len(bytearray(1000)) + x))
print(min(range(20000), key=lambda x: len(bytearray(1000)) - x))
print(sorted(range(20000), key=lambda x: (bytearray(1000), -x)[1])[:3])
print(len(list(filter(lambda x: bytearray(1000), range(20000)))))
print(len(list(map(lambda x: bytearray(1000)[0], range(20000)))))
print(sum(1 for x in range(20000) if bytearray(1000)))
print(all(bytearray(1000) for x in range(20000)))
d = {}
for k in range(20000):
    d.setdefault(k % 7, bytearray(1000))
print(len(d))
# A callback that keeps some of what it makes: the kept part survives.
kept = []
def keep(x):
    b = bytearray(1000)
    if x % 1000 == 0:
        kept.append(b)
    return x
print(sum(map(keep, range(50000))), len(kept))
