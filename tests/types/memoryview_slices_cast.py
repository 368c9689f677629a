# memoryview: slicing without copying, writes through to bytearray, tobytes/tolist, release
ba = bytearray(b'abcdef')
mv = memoryview(ba)
print(len(mv), mv[0], mv[-1], bytes(mv[1:4]), mv[::2].tobytes(), mv.tolist()[:3], mv.readonly)
mv[0] = 65
mv[1:3] = b'BC'
print(ba)
sub = mv[2:5]
sub[0] = ord('z')
print(ba, bytes(sub), sub.nbytes if hasattr(sub, 'nbytes') else len(sub))
ro = memoryview(b'xyz')
print(ro.readonly, ro[1], bytes(ro) == b'xyz', ro == b'xyz', ro.tobytes().upper())
for bad in [lambda: ro.__setitem__(0, 1), lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(slice(0, 2), b'x'),
            lambda: mv[10], lambda: memoryview('str'), lambda: memoryview(5)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(list(memoryview(b'\x01\x02\x03')), b'AB' + memoryview(b'CD') if False else bytes(memoryview(b'CD')) + b'!')
m2 = memoryview(bytearray(range(10)))
print(m2[2:8][1:3].tolist(), m2[::-1].tolist()[:3], bytes(m2[8:2:-2]))
print(bytearray(memoryview(b'copy')), b'ab' in bytes(memoryview(b'cab')))
