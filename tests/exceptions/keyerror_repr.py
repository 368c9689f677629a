# KeyError messages and the repr of the key
def t(d, k):
    try:
        d[k]
    except KeyError as e:
        print(repr(e), '|', str(e), '|', e.args)
d = {}
for k in ['str', '', "it's", 'q"q', 0, -1, 1.5, None, True, (1, 2), (), ('a',), frozenset(), b'bytes', 2 ** 70, 'é', '\n']:
    t(d, k)
try:
    {}.pop('p')
except KeyError as e:
    print(repr(e))
try:
    set().remove(('t', 1))
except KeyError as e:
    print(repr(e), str(e))
try:
    del d['del']
except KeyError as e:
    print(str(e))
import collections
try:
    collections.OrderedDict()['od']
except KeyError as e:
    print(repr(e))
class K:
    def __repr__(self):
        return 'K()'
    def __hash__(self):
        return 1
try:
    {}[K()]
except KeyError as e:
    print(str(e))
