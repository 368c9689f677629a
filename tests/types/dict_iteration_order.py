# dict preserves insertion order through updates, deletions, and re-insertion
d = {}
for k in ['one', 'two', 'three', 'four']:
    d[k] = len(k)
print(list(d), list(d.values()))
d['two'] = 'updated'
print(list(d.items()))
del d['one']
d['one'] = 'back'
print(list(d))
d.pop('three')
d.setdefault('five', 5)
d.update({'two': 2, 'six': 6})
print(list(d.items()))
e = dict(zip('zyxwv', range(5)))
print(e, list(e.keys())[::-1], list(reversed(e)))
f = {k: None for k in reversed('abc')}
print(list(f))
g = {3: 'a', 1: 'b', 2: 'c'}
print(list(g), sorted(g), list(g.items())[0], next(iter(g)))
h = {}
for i in range(20):
    h[i] = i
for i in range(0, 20, 2):
    del h[i]
for i in range(0, 20, 4):
    h[i] = 'again'
print(list(h))
print({**{'b': 1, 'a': 2}, 'c': 3, 'b': 'over'})
print(dict([('x', 1), ('y', 2), ('x', 3)]), {'x': 1, 'x': 2})
cp = dict(h)
print(list(cp) == list(h), cp == h)
print([k for k in {'first': 1, 'second': 2, 'third': 3}.keys()])
print(list({1: 1, 1.0: 2, True: 3}.items()))
