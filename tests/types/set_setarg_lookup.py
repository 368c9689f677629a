# set arguments are looked up as frozensets in `in`, remove, discard; failed updates leave the set intact
s = {frozenset({1, 2}), frozenset(), 3}
print({1, 2} in s, set() in s, {9} in s, {1, 2} not in s)
s.discard({1, 2})
print(len(s), frozenset({1, 2}) in s)
s.remove(set())
print(len(s), sorted(map(len, [x for x in s if not isinstance(x, int)])))
try:
    s.remove({7})
except KeyError as e:
    print(type(e).__name__, e)
s.discard({8})
d = {frozenset('a'): 1}
try:
    print(d[{'a'}])
except TypeError as e:
    print(type(e).__name__, e)
t = {1, 2, 3}
try:
    t.intersection_update([1], 5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(t))
u = {1, 2, 3}
try:
    u.difference_update([1], 5)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(u))
v = {1, 2, 3}
try:
    v.update([4], [[5]])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(v))
w = {1, 2}
try:
    w.symmetric_difference_update([[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(w))
