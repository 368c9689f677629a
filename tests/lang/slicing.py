# slicing semantics
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-3], s[8:2:-2], s[2:8:-1])
print(s[100:], s[-100:2], s[5:100], s[3:3], s[5:2])
print(s[-1:-11:-1], s[-100::-1], s[100::-1][:3])
t = tuple(range(6))
print(t[1:4], t[::-2], type(t[1:2]).__name__)
st = 'abcdefgh'
print(st[1:4], st[::-1], st[::3], st[-2:], st[10:], st[:0])
b = b'abcdef'
print(b[1:3], b[::-1], b[::2])
r = range(20)
print(r[2:10:3], r[::-1], r[5:1:-1], list(r[2:10:3]))
print(s[slice(2, 5)], s[slice(None, None, -2)], slice(1, 2, 3))
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(5).indices(3))
print(slice(None, None, -1).indices(4), slice(-3, None).indices(10))
l = list(range(5))
l[1:3] = 'xyz'
print(l)
l[::-1] = range(6)
print(l)
l[10:] = [99]
print(l)
l[:0] = [-1]
print(l)
l[2:4] = []
print(l)
print(s[True:3], s[None:None:None])
class Idx:
    def __index__(self):
        return 2
print(s[Idx():], s[:Idx()], s[Idx()])
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s[::0])
t(lambda: s['a':])
t(lambda: s[1.5:])
t(lambda: 'abc'[::0])
t(lambda: slice(1, 2, 0).indices(5))
