# dict views are live, support set ops and reversed, mutation during iteration errors
d = {'a': 1, 'b': 2}
k, v, it = d.keys(), d.values(), d.items()
d['c'] = 3
print(list(k), list(v), list(it), len(k), 'c' in k, 3 in v, ('c', 3) in it, ('c', 4) in it)
del d['a']
print(list(k), list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(k & {'b', 'z'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(sorted(it & {('b', 2)}), k == {'b', 'c'}, k != {'b'}, k < {'b', 'c', 'd'}, k.isdisjoint({'x'}))
try:
    for key in d:
        d['new'] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
e = {1: 1, 2: 2}
for key in list(e):
    e[key * 10] = key
print(e)
f = {i: i for i in range(5)}
for key in f:
    f[key] = f[key] * 2
print(f)
try:
    v & {1}
except TypeError as ex:
    print(type(ex).__name__, ex)
print(type(k).__name__, type(v).__name__, type(it).__name__, list(iter({}.items())))
g = {'x': [1]}
g.values().__iter__().__next__().append(2) if False else list(g.values())[0].append(2)
print(g, {1: 2}.values() == {1: 2}.values())
