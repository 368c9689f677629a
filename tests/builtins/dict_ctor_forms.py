# dict() constructor forms and their errors
print(dict(), dict(a=1), dict({'a': 1}, b=2), dict([('a', 1), ('b', 2)]), dict(zip('xy', (1, 2))), dict([('k', 1)], k=2))
print(dict(((1, 2), (3, 4))), dict([[5, 6]]), dict(['ab', 'cd']), dict({1: 2}.items()), dict(dict(a=1)), dict(iter([(0, 0)])))
class KeysOnly:
    def keys(self): return iter(['p', 'q'])
    def __getitem__(self, k): return k * 3
print(dict(KeysOnly()))
for bad in [lambda: dict([1, 2]), lambda: dict(['abc']), lambda: dict([(1, 2, 3)]), lambda: dict(5), lambda: dict({}, {}),
            lambda: dict([[]]), lambda: dict(None)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyDict(dict):
    def __missing__(self, k):
        return 'missing:' + str(k)
md = MyDict(a=1)
print(md['a'], md['zz'], md.get('zz'), 'zz' in md, type(md).__name__, isinstance(md, dict), md)
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v
dd = Default(list)
dd['x'].append(1)
dd['x'].append(2)
dd['y'].append(3)
print(dd, len(dd))
print(dict.fromkeys(range(3), 'v'), {}.fromkeys('ab'), MyDict.fromkeys('q')['q'], type(MyDict.fromkeys('q')).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u['a'] = 1
u.update(b=2)
print(u)
