# dict basics and insertion order
d = {'a': 1, 'b': 2}
print(d, len(d), d['a'], 'a' in d, 'z' in d, 1 in d)
d['c'] = 3
d['a'] = 10
print(d, list(d))
del d['b']
print(d)
d['b'] = 'back'
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict({'k': 'v'}, extra=1), dict(zip('ab', [1, 2])))
print(dict([('dup', 1), ('dup', 2)]), {1: 'a', 1.0: 'b'}, {True: 'x', 1: 'y'})
print({(1, 2): 'tuple key', None: 'none key', 2.5: 'float', frozenset([1]): 'fs'})
print({'a': 1} == {'a': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {'a': 1} != {'a': 2}, {} == {})
nested = {'l': [1, 2], 'd': {'x': {'y': 'deep'}}}
print(nested['d']['x']['y'], nested['l'][-1])
nested['l'].append(3)
print(nested)
print(repr({'q': "it's"}), str({1: None}), {1: {}, 2: []})
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts, key=counts.get), max(counts, key=counts.get))
d = dict.fromkeys(['a', 'b'], 0)
print(d, dict.fromkeys('xy'), dict.fromkeys([]))
big = {i: i * i for i in range(100)}
print(len(big), big[99], sum(big.values()), list(big)[:5], list(big)[-3:])
for i in range(0, 100, 2):
    del big[i]
print(len(big), list(big)[:5])
for i in range(0, 10):
    big[i] = -i
print(list(big.items())[-10:])
print(type({}).__name__, isinstance({}, dict), bool({}), bool({0: 0}))
print({**{'a': 1}, 'b': 2} | {'c': 3}, {'a': 1} | {'a': 2})
m = {'a': 1}
m |= {'b': 2}
m |= [('c', 3)]
print(m)
