# slice objects
s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None), slice(1, 2))
print(repr(slice(None, None, None)), slice('a', 'b').start)
l = list(range(10))
print(l[s], l[slice(3)], l[slice(None, None, -1)], 'abcdef'[slice(1, None, 2)])
print(s == slice(1, 5, 2), s != slice(1, 5), slice(1) == slice(None, 1))
print(slice(0, 10, 3).indices(5), slice(None, None, -1).indices(5), slice(-2, None).indices(5))
print(slice(-100, 100).indices(5), slice(3, 1, -1).indices(10), slice(None, -1).indices(0))
class Get:
    def __getitem__(self, k):
        return k
g = Get()
print(g[1:2], g[:], g[::], g[1:2:3], g[:, 1], g[1:2, ::3], g[..., 1])
print(isinstance(g[1:], slice), type(slice(1)).__name__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
t(lambda: slice(1, 2, 0).indices(10))
t(lambda: slice(1, 2).indices(-1))
t(lambda: slice('a', 2).indices(10))
t(lambda: l[slice(1.5)])
