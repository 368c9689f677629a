# chr/ord across the Unicode range, boundaries and errors
for cp in [0, 9, 10, 32, 65, 127, 128, 255, 256, 0x3b1, 0x4e2d, 0xd7ff, 0xe000, 0xfffd, 0x10000, 0x1f600, 0x10ffff]:
    c = chr(cp)
    print(cp, repr(c), ord(c) == cp, len(c), len(c.encode('utf-8')))
print(ord('a'), ord(b'a'), ord(bytearray(b'z')), ord('\x00'), ord('€'))
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [1.5, '1', None]:
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ['', 'ab', b'', b'ab', 5, ['a']]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(''.join(chr(ord(c) + 1) for c in 'HAL'), [ord(c) - ord('a') for c in 'az'], chr(True))
print(sum(map(ord, 'checksum')) % 256, ''.join(map(chr, [72, 105, 33])))
caesar = lambda s, k: ''.join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in s)
print(caesar('hello, world', 3), caesar(caesar('round trip', 7), -7))
