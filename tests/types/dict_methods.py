# dict methods
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('z'), d.get('z', 'default'), d.get('a', 'unused'))
print(d.setdefault('a', 100), d.setdefault('n', []), d)
d['n'].append(1)
print(d)
print(d.pop('n'), d.pop('zz', 'missing'), d)
print(d.popitem(), d)
d.update({'x': 9}, y=8)
d.update([('z', 7)])
d.update(a=-1)
print(d)
c = d.copy()
c['new'] = 1
print(d, c)
c.clear()
print(c, len(c))
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()))
d2 = {}
for k in 'hello':
    d2.setdefault(k, []).append(k.upper())
print(d2)
d3 = {'k': [1]}
d4 = d3.copy()
d4['k'].append(2)
print(d3)
items = {'one': 1, 'two': 2, 'three': 3}
print({v: k for k, v in items.items()})
print(dict(sorted(items.items(), key=lambda kv: kv[1], reverse=True)))
while items:
    print(items.popitem())
e = {}
e.update()
e.update({})
print(e, {}.get(1), dict(a=1).get('a'))
print(dict.fromkeys(range(3), 'v'), list(reversed({'a': 1, 'b': 2})), list(reversed({'x': 1}.items())))
