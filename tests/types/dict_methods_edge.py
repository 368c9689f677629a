# dict methods: setdefault, pop, popitem order, update forms, fromkeys, get
d = {'a': 1}
print(d.setdefault('a', 9), d.setdefault('b'), d.setdefault('c', []), d)
d['c'].append(1)
print(d)
print(d.pop('a'), d.pop('zz', 'dflt'), d.pop('b', None), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
e = {i: str(i) for i in range(5)}
print(e.popitem(), e.popitem(), e)
try:
    {}.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
f = {}
f.update({'x': 1})
f.update([('y', 2), ['z', 3]])
f.update(w=4, x=10)
f.update({'q': 0}, q=1)
f.update()
print(f)
for bad in [lambda: f.update([1, 2]), lambda: f.update(['abc']), lambda: f.update(5), lambda: f.update({}, {})]:
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(()))
shared = dict.fromkeys('xy', [])
shared['x'].append(1)
print(shared)
print(f.get('x'), f.get('nope'), f.get('nope', 42), f.get(('tuple', 'key'), 'no'))
g = f.copy()
g['x'] = 'changed'
print(f['x'], g['x'], g == f, len(g))
g.clear()
print(g, f == {}, bool(g))
print(dict(a=1, b=2) == {'b': 2, 'a': 1}, list(dict(a=1, b=2)), dict([(1, 2)], k=3), dict({'m': 1}, n=2))
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
h = {}
h.update(M())
print(h, dict(M()))
try:
    {}.get()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {[]: 1}
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    {}.setdefault([], 1)
except TypeError as ex:
    print(type(ex).__name__, ex)
