# dict keys of many types: numeric equality, tuples, frozensets, None, bool
d = {}
d[1] = 'int one'
d[1.0] = 'float one'
d[True] = 'bool true'
print(d, len(d))
d[0] = 'zero'
d[False] = 'false'
d[-0.0] = 'negzero'
print(d)
e = {None: 'n', (1, 2): 't', frozenset([1]): 'fs', 'str': 's', b'bytes': 'b', 2.5: 'f', 10 ** 20: 'big', 1j: 'c'}
print(e[None], e[(1, 2)], e[frozenset({1})], e['str'], e[b'bytes'], e[2.5], e[10 ** 20], e[1j], len(e))
print(e.get(float(10 ** 20)), e.get(complex(2.5, 0)), (1, 2.0) in e)
print(b'bytes' in e, bytearray(b'bytes') in {} if False else 'skip', 'str' in e, b'str' in e)
try:
    e[bytearray(b'x')] = 1
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e[[1]]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e[{1: 2}] = 3
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e[(1, [2])] = 3
except TypeError as ex:
    print(type(ex).__name__, ex)
nan = float('nan')
f = {nan: 1}
print(f.get(nan), len({float('nan'): 1, float('nan'): 2}) if False else 'nan-skip')
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
g = {K(1): 'a'}
g[K(1)] = 'b'
print(len(g), g[K(1)], K(2) in g)
print({(): 1}[()], {range(3): 'r'}.get(range(3)), {slice(1): 0} if False else 'slice-skip')
print(sorted({3: 0, 1: 0, 2: 0}), list({3: 0, 1: 0, 2: 0}))
