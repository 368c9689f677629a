# %-formatting with non-tuple arguments: mappings, sequences, and "not all arguments converted"
class M:
    def __getitem__(self, k):
        return 'M[%s]' % k
print('%(a)s and %(b)s' % M(), '%(x)r' % {'x': 'y'}, 'no specs' % M(), 'no specs' % {'k': 1})
print('ab' % [1], '' % range(3), 'ab' % b'xy', 'lit' % bytearray(b'z'), '%%' % [])
print(b'ab' % [1], b'%(k)s' % {b'k': b'v'}, bytearray(b'x') % range(2))
for fmt, arg in [('ab', 5), ('ab', 'str'), ('ab', (1,)), (b'ab', 5), (b'ab', (1,)), ('%s', ()), (b'%s %s', (b'a',)), ('%(a)s', 5), ('%(a)s %s', {'a': 1})]:
    try:
        print(repr(fmt % arg))
    except TypeError as e:
        print(repr(fmt), type(e).__name__, e)
for op in ['-', '&', '|', '^']:
    for left, right in [(0, {}.keys()), ({}.keys(), 0), (0, {1: 2}.items())]:
        try:
            print(eval('left %s right' % op))
        except TypeError as e:
            print(op, type(e).__name__, e)
for container in [b'ab', bytearray(b'x')]:
    for item in [2 ** 65, -1, 256, 97]:
        try:
            print(item in container)
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
