# frozenset: immutability, hashing, as dict keys and set members, mixed ops
fs = frozenset([3, 1, 2, 1])
print(sorted(fs), len(fs), 2 in fs, hash(fs) == hash(frozenset({1, 2, 3})), fs == {1, 2, 3})
d = {fs: 'val', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3])], d[frozenset()])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(s))
print(type(fs | {4}).__name__, type({4} | fs).__name__, type(fs & {1}).__name__, type({1} - fs).__name__)
print(sorted(fs.union([9])), sorted(fs.intersection({1, 9})), sorted(fs.difference([1])), sorted(fs.symmetric_difference({3, 4})))
print(fs.issubset(range(5)), fs.issuperset({1}), fs.isdisjoint([7]), fs.copy() == fs)
for bad in [lambda: fs.add(1), lambda: fs.remove(1), lambda: fs.discard(1), lambda: fs.clear(), lambda: fs.update([1])]:
    try:
        bad()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
print(frozenset(), frozenset('aa'), repr(frozenset([5])), frozenset(range(3)) < frozenset(range(4)))
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested, sorted(len(x) for x in nested))
h = frozenset([1, 2])
h |= {3}
print(sorted(h), type(h).__name__, h is not fs)
print(set(fs) == fs, frozenset(set([1])) == {1}, {1: 2}.keys() == frozenset([1]))
