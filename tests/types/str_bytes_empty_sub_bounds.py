# empty substring searches with start beyond the end, for str and bytes
for s in ['', 'abc']:
    for start in [0, 1, 2, 3, 4, 10, True]:
        print(repr(s), start, s.find('', start), s.rfind('', start), s.count('', start), s.startswith('', start), s.endswith('', start))
for b in [b'', b'abc', bytearray(b'abc')]:
    for start in [0, 1, 3, 4, 10]:
        print(repr(b), start, b.find(b'', start), b.rfind(b'', start), b.count(b'', start), b.startswith(b'', start), b.endswith(b'', start))
for s, args in [('', ('', 1)), ('abc', ('', 4)), (b'ab', (b'', 3)), (b'', (b'', 1))]:
    for m in ('index', 'rindex'):
        try:
            print(m, repr(s), getattr(s, m)(*args))
        except ValueError as e:
            print(m, repr(s), type(e).__name__, e)
print('abc'.find('', 2, 1), 'abc'.count('', 2, 1), b'abc'.find(b'', 2, 1), 'abc'.find('', -1), b'abc'.rfind(b'', -10))
print(b' a b '.split(None, 0), b' a b '.split(None, 1), b' a b '.rsplit(None, 0), ' a b '.split(None, 0), ' a b '.rsplit(None, 0))
