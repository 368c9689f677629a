# KeyError/IndexError args and str for various keys; LookupError catching; dict subclass __missing__ errors
keys = ['s', 1, 1.5, None, (1, 2), (), ('single',), '', 'with\nnewline', frozenset()]
for k in keys:
    try:
        {}[k]
    except KeyError as e:
        print(repr(k), '|', str(e), '|', repr(e), '|', e.args)
for idx in [5, -5, 10 ** 20]:
    try:
        [1, 2][idx]
    except IndexError as e:
        print(idx, type(e).__name__, e)
    except OverflowError as e:
        print(idx, type(e).__name__, e)
for seq in ['ab', (1,), b'x', bytearray(b'y'), range(2)]:
    try:
        seq[9]
    except IndexError as e:
        print(type(seq).__name__, e)
class D(dict):
    def __missing__(self, key):
        raise KeyError('custom missing: %s' % key)
try:
    D()['zz']
except KeyError as e:
    print(e, e.args)
class D2(dict):
    def __missing__(self, key):
        raise ValueError('not a KeyError')
try:
    D2()['q']
except ValueError as e:
    print(type(e).__name__, e)
print(D2(a=1).get('q', 'get ignores __missing__'), 'q' in D2())
try:
    set().remove((1, 2))
except KeyError as e:
    print('set.remove', repr(e), str(e))
try:
    {}.pop(('a',))
except LookupError as e:
    print(type(e).__name__, e)
