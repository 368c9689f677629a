# slice() objects: attributes, indices(), use with sequences and custom __getitem__
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice('a', 'b'), repr(slice(1, 2)))
print(s.indices(5), slice(None).indices(3), slice(-3, None).indices(10), slice(None, None, -1).indices(4), slice(100, -100, -3).indices(10))
for bad in [lambda: slice(None, None, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice(1, 2, 'x').indices(4), lambda: slice(), lambda: slice(1, 2, 3, 4)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
data = list(range(10))
print(data[s], 'abcdefghij'[s], tuple(data)[slice(-2, None)], b'0123456789'[slice(None, None, 3)])
class Recorder:
    def __getitem__(self, k):
        return k
r = Recorder()
print(r[1:2], r[::], r[:5], r[1:2:3], r[1:2, 3], r[::-1], r[...], r['a':'b'])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print('hashable')
except TypeError as e:
    print(type(e).__name__, e)
data[slice(0, 3)] = ['a']
print(data)
del data[slice(None, None, 2)]
print(data)
class I:
    def __index__(self): return 2
print(slice(I(), None).indices(5), 'abcdef'[I():I()+2] if False else 'abcdef'[slice(I(), 4)])
