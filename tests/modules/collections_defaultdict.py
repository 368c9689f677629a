# collections.defaultdict
from collections import defaultdict
d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d['a'], d['b'], d['c'], dict(d), len(d))
counts = defaultdict(int)
for ch in 'abracadabra':
    counts[ch] += 1
print(sorted(counts.items()), counts['z'], 'z' in counts, 'q' in counts)
s = defaultdict(set)
s['x'].add(1)
s['x'].add(1)
print(s['x'], dict(s))
nested = defaultdict(lambda: defaultdict(int))
nested['outer']['inner'] += 5
print(nested['outer']['inner'], dict(nested['outer']))
n = defaultdict(None)
try:
    n['missing']
except KeyError as e:
    print('KeyError', e)
print(n.default_factory, d.default_factory is list, counts.default_factory())
print(d.get('never'), 'never' in d)
print(isinstance(d, dict), type(d).__name__)
const = defaultdict(lambda: 'default value', {'k': 'v'})
print(const['k'], const['other'], sorted(const))
c2 = counts.copy()
c2['a'] = 0
print(counts['a'], c2['a'], type(c2).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError', e)
