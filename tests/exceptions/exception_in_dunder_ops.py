# exceptions propagating out of dunder methods invoked implicitly
class Explode:
    def __init__(self, where): self.where = where
    def _boom(self, *a):
        raise RuntimeError('boom in ' + self.where)
    __add__ = __radd__ = __lt__ = __getitem__ = __setitem__ = __len__ = __iter__ = __hash__ = __bool__ = _boom
    __contains__ = __call__ = __enter__ = __index__ = __neg__ = __str__ = __format__ = __int__ = _boom
cases = [
    ('add', lambda: Explode('add') + 1), ('radd', lambda: 1 + Explode('radd')), ('lt', lambda: Explode('lt') < 1),
    ('sorted', lambda: sorted([Explode('sort'), Explode('sort2')])), ('getitem', lambda: Explode('gi')[0]),
    ('setitem', lambda: Explode('si').__setitem__(0, 1)), ('len', lambda: len(Explode('len'))), ('iter', lambda: list(Explode('iter'))),
    ('hash', lambda: {Explode('hash'): 1}), ('bool', lambda: not Explode('bool')), ('if', lambda: 1 if Explode('cond') else 0),
    ('contains', lambda: 1 in Explode('in')), ('call', lambda: Explode('call')()), ('with', lambda: exec('with e: pass', {'e': Explode('with')})),
    ('index', lambda: [1, 2][Explode('idx')]), ('neg', lambda: -Explode('neg')), ('str', lambda: str(Explode('str'))),
    ('format', lambda: f'{Explode("fmt")}'), ('int', lambda: int(Explode('int'))), ('set', lambda: {Explode('sethash')}),
    ('dictget', lambda: {}.get(Explode('dget'))), ('print', lambda: print(Explode('print'))), ('join', lambda: ''.join(Explode('join'))),
    ('range', lambda: range(Explode('range'))), ('bin', lambda: bin(Explode('bin'))), ('while', lambda: exec('while e: pass', {'e': Explode('while')})),
]
for name, fn in cases:
    try:
        fn()
        print(name, 'no error')
    except RuntimeError as e:
        print(name, '->', e)
    except TypeError as e:
        print(name, 'TypeError', e)
