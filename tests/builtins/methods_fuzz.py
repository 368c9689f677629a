# Every method of the builtin types called with assorted arguments: errors
# must be Python exceptions, never a crash or a hang.
import sys
types_ = [int, float, complex, bool, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, object, type, BaseException, ValueError, property, classmethod, staticmethod, memoryview, enumerate, zip, map, filter, reversed, super]
samples = [None, 0, -1, 2**70, 1.5, 'ab', b'ab', bytearray(b'x'), [1], (1,), {1: 2}, {1}, range(3), slice(1, 2), object(), int, 1j, True]
n = 0
for t in types_:
    for name in dir(t):
        try:
            f = getattr(t, name)
        except Exception:
            continue
        if not callable(f):
            continue
        for args in [(), (None,)] + [(s,) for s in samples] + [(s, s) for s in samples[:8] if s != 2**70] + [(samples[5], samples[1], samples[2])]:
            try:
                f(*args)
            except Exception:
                pass
            n += 1
print('done')
