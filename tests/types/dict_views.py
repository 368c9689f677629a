# dict views
d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 'a' in k, 2 in v, ('c', 3) in i, ('c', 4) in i)
d['d'] = 4
print(list(k), list(v), list(i))
del d['a']
print(list(k), len(v))
print(k & {'b', 'x'}, k | {'z'} == {'b', 'c', 'd', 'z'}, k - {'b'} == {'c', 'd'}, k ^ {'b', 'q'} == {'c', 'd', 'q'})
print(d.keys() == {'b', 'c', 'd'}, d.keys() == ['b', 'c', 'd'], d.items() == {('b', 2), ('c', 3), ('d', 4)})
print(i & {('b', 2)}, k.isdisjoint({'x'}), k.isdisjoint({'b'}))
print(sorted(k), sorted(v), sorted(i, reverse=True))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(set(k) == {'b', 'c', 'd'}, tuple(v), dict(i))
for key, val in d.items():
    print(key, val)
print([x for x in d.values() if x > 2])
print({}.keys(), {}.values(), {}.items())
print(d.values() == d.values(), k <= {'b', 'c', 'd', 'e'}, k < {'b', 'c', 'd'})
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def mutate():
    for key in d:
        d['new' + key] = 1
t(mutate)
def mutate_del():
    for key in d.keys():
        del d[key]
t(mutate_del)
t(lambda: k[0])
t(lambda: v[0])
t(lambda: {'a': [1]}.items() & {('a', 2)})
