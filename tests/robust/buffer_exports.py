# A bytearray or array with a memoryview in use cannot change size (BufferError), as in CPython: writes through the view were lost
import array
def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except BufferError as e:
        print(label, "BufferError:", e)
b = bytearray(b"0123456789")
m = memoryview(b)
def setslice(v):
    b[0:1] = v
def delitem(i):
    del b[i]
def iadd():
    global b
    b += b"x"
def imul():
    global b
    b *= 2
for label, f in [
    ("append", lambda: b.append(1)), ("extend", lambda: b.extend(b"xx")),
    ("extend empty", lambda: b.extend(b"")), ("iadd", iadd), ("imul", imul),
    ("del item", lambda: delitem(0)), ("del empty slice", lambda: delitem(slice(0, 0))),
    ("shrink slice", lambda: setslice(b"")), ("same-size slice", lambda: setslice(b"z")),
    ("clear", b.clear), ("pop", b.pop), ("insert", lambda: b.insert(0, 1)),
    ("remove", lambda: b.remove(ord("5"))),
]:
    attempt(label, f)
print(b, m[0], bytes(m[:3]))
m[1] = ord("!")
print(b)
m.release()
b.append(ord("a"))
print(b)
# A view nobody holds any more does not block the resize.
v = memoryview(b)
del v
b.append(ord("b"))
with memoryview(b) as w:
    attempt("append in with", lambda: b.append(1))
b.append(ord("c"))
print(b, len(b))
# Slices of a view count as views of the same buffer.
m2 = memoryview(b)[2:4]
attempt("append with a sliced view", lambda: b.append(1))
m2.release()
b.append(ord("d"))
print(b)
a = array.array("i", [1, 2, 3])
ma = memoryview(a)
for label, f in [
    ("array append", lambda: a.append(4)), ("array extend", lambda: a.extend([5])),
    ("array pop", a.pop), ("array insert", lambda: a.insert(0, 9)),
    ("array remove", lambda: a.remove(2)), ("array frombytes", lambda: a.frombytes(b"\0" * 4)),
    ("array byteswap", a.byteswap),
]:
    attempt(label, f)
ma.release()
a.append(4)
print(len(a))
# bytearray *= is in place: other references see it.
c = bytearray(b"ab")
d = c
c *= 3
print(d, c is d)
