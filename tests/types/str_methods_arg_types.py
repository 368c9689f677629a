# str/bytes methods reject arguments of the wrong type (checked before values)
calls = [
    lambda: ''.startswith(0), lambda: 'abc'.endswith(1, 2), lambda: 'abc'.startswith(('a', None)),
    lambda: 'a\nb'.splitlines(None), lambda: 'a b'.split('', None), lambda: 'a b'.split(None, None), lambda: 'a b'.rsplit('', None),
    lambda: b'abc'.find(-1, ''), lambda: b'abc'.count(300, 'x'), lambda: b'abc'.index(b'a', 'x'), lambda: 'abc'.find('a', 'x'),
    lambda: 'abc'.find('a', None, None), lambda: 'abc'.count('a', None), lambda: 'abc'.replace('a', 'b', None),
    lambda: 'abc'.strip(5), lambda: 'abc'.lstrip(b'a'), lambda: b'abc'.strip('a'), lambda: 'abc'.split(b'b'),
    lambda: 'abc'.join('xy'), lambda: 'a'.zfill(None), lambda: 'a'.expandtabs(None), lambda: 'a'.center(5, None),
    lambda: 'abc'.startswith('a', None, None), lambda: 'abc'.endswith('c', 1.0), lambda: 'abc'.rpartition(None),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
