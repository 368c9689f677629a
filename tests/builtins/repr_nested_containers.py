# repr() of nested containers and mixed element types
vals = [
    [1, 'two', 3.0, None, True, b'b', (1,), [], {}, set()],
    {'a': [1, {'b': (2, 3)}], 1: 'one', (1, 2): frozenset()},
    ((), ((),), ([],), {'k': {}}),
    ['quote\'s', "dq\"", 'both\'"', '\\', '\n\t', 'é', '\x00'],
    [1e100, 1e-100, -0.0, float('inf'), 2 ** 64, -1, 1 + 2j],
    {frozenset([1]): {1: [1]}},
    [range(3), range(1, 5, 2), slice(1, 2), slice(None), Ellipsis, NotImplemented],
    [bytearray(b'x'), b'\xff\x00', bytes(3)],
]
for v in vals:
    print(repr(v))
    print(str(v) == repr(v))
print(repr('a' * 3), repr("'"), repr('"'), repr("'\""), str(['s']), str(('s',)), str({'s': 's'}))
print(repr({1}), repr({1, 2, 3}), repr(set()), repr(frozenset({1})), repr([set()]))
class R:
    def __repr__(self): return '<R>'
print([R(), (R(),), {'r': R()}], {R(): 1} if False else 'skip')
class BadRepr:
    def __repr__(self): return 42
try:
    repr([BadRepr()])
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __repr__(self): raise KeyError('repr fail')
try:
    repr({'x': Raises()})
except KeyError as e:
    print(type(e).__name__, e)
