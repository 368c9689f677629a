# bytes/bytearray translate and maketrans, error paths included.
t = bytes.maketrans(b"abc", bytearray(b"xyz"))
print(len(t), t[97:100], b"cabbage".translate(t), bytearray(b"abc").translate(t))
print(b"hello".translate(None, b"l"), b"hello".translate(t, delete=b"h"), bytearray.maketrans(b"a", b"b")[97])
print(type(bytearray(b"x").translate(None)).__name__, b"".translate(t))
for bad in (lambda: bytes.maketrans(b"ab", b"a"), lambda: bytes.maketrans("a", "b"),
            lambda: b"x".translate(b"short"), lambda: b"x".translate(None, "x"),
            lambda: b"x".translate(1), lambda: bytes.maketrans(b"a")):
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
