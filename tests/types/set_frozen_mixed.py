# operations mixing set and frozenset
s = {1, 2, 3}
f = frozenset({2, 3, 4})
for r in [s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s]:
    print(type(r).__name__, sorted(r))
print(s == frozenset(s), f == set(f), s.issubset(f | s), f.issuperset({2}))
print(type(s.union(f)).__name__, type(f.union(s)).__name__, type(f.copy()).__name__, type(s.copy()).__name__)
s |= f
print(type(s).__name__, sorted(s))
g = f
g |= {99}
print(type(g).__name__, sorted(g), sorted(f), g is f)
print({frozenset([1, 2]): 'ok'}[frozenset([2, 1])], frozenset([1]) in {frozenset([1])})
print(set() == frozenset(), set([1]) < frozenset([1, 2]), frozenset([1, 2]) > set([1]))
print(sorted(set('abc') - frozenset('b')), sorted(frozenset('abc').difference('ab', 'c')))
print(len({frozenset(), frozenset(), frozenset([0])}))
