# bytes/bytearray split, rsplit, strip family, join
b = b'  a  b\tc\n '
print(b.split(), b.split(None, 1), b.rsplit(None, 1), b.strip(), b.lstrip(), b.rstrip())
print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,,c'.rsplit(b',', 1), b''.split(), b''.split(b','))
print(b'xxhixx'.strip(b'x'), b'xyhiyx'.strip(b'xy'), b'abc'.lstrip(b'a'), b'abc'.rstrip(b'c'), b'abc'.strip(b''))
ba = bytearray(b'--data--')
print(ba.strip(b'-'), type(ba.strip(b'-')).__name__, ba.split(b'a'), type(ba.split(b'a')[0]).__name__)
print(b'-'.join([b'a', b'b', bytearray(b'c')]), bytearray(b', ').join([b'x', b'y']), b''.join([]))
print(b'a b'.split(b' '), b'a\x00b'.split(b'\x00'), b'abc'.partition(b'b'), b'abc'.rpartition(b'x'))
for bad in [lambda: b'a'.split(''), lambda: b'a'.split(b''), lambda: b','.join(['a']), lambda: b','.join([1]),
            lambda: b'a'.strip('a'), lambda: b'a'.partition(b'')]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b'a\xffb'.split(b'\xff'), bytes(b'  x ').strip(), b'\x00\x01'.strip(b'\x00'))
print(b'1 2 3'.split(maxsplit=1), b'k=v'.split(sep=b'='))
