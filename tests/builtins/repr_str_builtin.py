# repr() and str() on builtin values
vals = [0, -5, 2 ** 70, 1.0, -0.5, 1e100, 1j, True, None, 'text', "it's", 'q"q', '\n\t\\', b'b\x00', bytearray(b'ba'),
        [1, 'a'], (1,), (), {'k': [1]}, {1, 2}, frozenset({3}), set(), range(3), slice(1, 2), Ellipsis, NotImplemented,
        int, str, type(None)]
for v in vals:
    print(repr(v), '|', str(v))
print(repr(repr('x')), str(str('x')), repr(str(5)), str(repr(5)))
class R:
    def __repr__(self):
        return '<R instance>'
print(repr(R()), str(R()), repr([R(), R()]), str((R(),)))
print(ascii('é'), ascii(['ü', 1]), ascii(b'\xff'), repr('é'))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: repr())
t(lambda: str(1, 2, 3, 4))
t(lambda: str(b'x', 'bogus-codec'))
t(lambda: str(x=1))
