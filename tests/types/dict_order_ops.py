# dict ordering across deletes, re-inserts, updates, copies and comprehensions
d = {}
for k in 'hello world':
    d[k] = d.get(k, 0) + 1
print(list(d), d)
del d['l']
d['l'] = 'back at end'
print(list(d))
d.update({'h': 'updated keeps position', 'new': 1})
print(list(d))
d.pop('h')
d.setdefault('h', 'readded')
print(list(d))
c = dict(d)
print(list(c) == list(d), c == d)
print(list({k: None for k in reversed('abc')}))
e = {3: 'c', 1: 'a', 2: 'b'}
print(list(e), sorted(e), list(sorted(e.items(), key=lambda kv: kv[1])))
f = dict.fromkeys('zyx')
f['a'] = None
print(list(f))
g = {1: 1, 2: 2}
g[1] = 'overwrite keeps order'
print(g)
h = {i: i for i in range(10)}
for i in range(0, 10, 3):
    del h[i]
for i in range(0, 10, 3):
    h[i] = 'new'
print(list(h))
print({**{'b': 1, 'a': 2}, **{'c': 3, 'b': 4}})
