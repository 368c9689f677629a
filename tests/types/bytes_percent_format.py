# bytes %-formatting and bytes() / bytearray() constructors
print(b'%d-%s' % (5, b'x'), b'%5d|%-5d|' % (42, 42), b'%x %X %o' % (255, 255, 8), b'%c%c' % (65, b'B'))
print(b'%r' % 'é' if False else b'%a' % 'é', b'%%', b'%(k)s' % {b'k': b'v'}, b'%.2f' % 3.14159, b'%05.1f' % 2.25)
for bad in [lambda: b'%s' % 'str', lambda: b'%d' % 'x', lambda: b'%s %s' % (b'a',), lambda: b'%c' % 256, lambda: b'%z' % 1]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(bytes(3), bytes([1, 2]), bytes(b'ab'), bytes(bytearray(b'cd')), bytes(range(3)), bytes('é', 'utf-8'), bytes())
print(bytes(memoryview(b'mv')), bytes(x for x in [65, 66]), bytearray(2), bytearray([255]), bytearray(b'q'))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes('s'), lambda: bytes(-1), lambda: bytes(['a']),
            lambda: bytes(1.5), lambda: bytearray('x'), lambda: bytes('x', 'ascii', 'strict', 1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class HasBytes:
    def __bytes__(self): return b'custom'
class HasIndex:
    def __index__(self): return 2
print(bytes(HasBytes()), bytes(HasIndex()), bytearray(HasIndex()))
print(b'abc' * 2, 3 * b'-', b'a' + b'b', b'abc'[1], b'abc'[1:], b'abc'[::-1], list(b'hi'), b'x' == bytearray(b'x'))
print(repr(b"'"), repr(b'"'), repr(b'\'"'), repr(b'\t\r\n\x00\x7f\x80'), bytes([92]))
