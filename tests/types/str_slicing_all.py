# string slicing with every combination of start/stop/step
s = 'abcdefg'
idx = [None, -10, -3, -1, 0, 1, 3, 7, 10]
out = []
for a in idx:
    for b in idx:
        for c in [None, 1, 2, -1, -2, 3]:
            out.append(s[a:b:c])
print(len(out))
print(out[:60])
print(out[200:260])
print(out[-60:])
print(s[::-1], s[::-2], s[-1::-3], s[5:1:-1], s[1:5:-1], s[-100:100], s[100:], s[:-100])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
for bad in ['a', 1.5, [1]]:
    try:
        s[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s[1.0:2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[7]
except IndexError as e:
    print(type(e).__name__, e)
print(s[-7], s[6], s[True], s[False:True + 2])
class I:
    def __index__(self): return 2
print(s[I()], s[I():], s[:I()], s[::I()])
print(s[slice(1, 5, 2)], s[slice(None)], s[slice(-2, None)], slice(1, 5, 2).indices(len(s)))
u = 'aé中😀b'
print(u[1:4], u[::-1], u[-2], len(u[2:]))
