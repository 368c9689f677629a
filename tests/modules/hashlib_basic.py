# hashlib: md5, sha1 and SHA-2 digests (standard test vectors), update in
# pieces, copy, digest then more data, new() by name, attributes
import hashlib
import array

names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
vectors = [b'', b'abc', b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
           b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 3]
for name in names:
    ctor = getattr(hashlib, name)
    for v in vectors:
        print(name, len(v), ctor(v).hexdigest())
    h = ctor()
    print(name, h.name, h.digest_size, h.block_size, len(h.digest()), len(h.hexdigest()))

# One million 'a', fed in uneven pieces.
for name in ['sha1', 'sha256', 'sha512']:
    h = hashlib.new(name)
    left = 1000000
    step = 1
    while left:
        n = min(step, left)
        h.update(b'a' * n)
        left -= n
        step = step * 3 + 1
    print(name, h.hexdigest())

# Pieces and copies: copies go on independently; digest() does not end
# the object (CPython's behaviour).
h = hashlib.sha256(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest())
print(c.hexdigest() == hashlib.sha256(b'hello ').hexdigest())
c.update(b'there')
print(c.hexdigest() == hashlib.sha256(b'hello there').hexdigest(), c.name)
d1 = h.digest()
d2 = h.digest()
h.update(b'!')
print(d1 == d2, h.digest() == hashlib.sha256(b'hello world!').digest(), d1.hex() == c.copy().hexdigest())
print(type(h.digest()).__name__, type(h.hexdigest()).__name__, h.update(b''))

# Data: any bytes-like object.
print(hashlib.md5(bytearray(b'abc')).hexdigest(), hashlib.md5(memoryview(b'xabc')[1:]).hexdigest())
print(hashlib.sha1(array.array('B', b'abc')).hexdigest())
print(hashlib.sha1(array.array('H', [0x6261, 0x63])).hexdigest() == hashlib.sha1(array.array('H', [0x6261, 0x63]).tobytes()).hexdigest())
h = hashlib.md5()
h.update(bytearray(b'a'))
h.update(memoryview(b'b'))
h.update(b'c')
print(h.hexdigest())

# Keywords: string=, usedforsecurity=.
print(hashlib.sha256(string=b'abc').hexdigest()[:16], hashlib.md5(b'abc', usedforsecurity=False).hexdigest()[:16])
print(hashlib.sha1(usedforsecurity=True).hexdigest()[:16])

# new() by name, in any case; its data by position or keyword.
for name in names + ['MD5', 'SHA1', 'SHA224', 'SHA256', 'SHA384', 'SHA512', 'Sha256']:
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.hexdigest()[:24])
print(hashlib.new('sha256').hexdigest()[:16], hashlib.new(name='md5', data=b'abc').hexdigest()[:16])
print(hashlib.new('sha512', data=b'abc', usedforsecurity=False).hexdigest()[:16])

# The hash type.
h = hashlib.sha384()
print(type(h).__name__, type(h).__module__, type(h) is type(hashlib.md5()))
print(repr(h).startswith('<sha384 _hashlib.HASH object @ 0x'))
print(hashlib.md5.__name__, hashlib.new.__name__)
for name in names:
    print(name in hashlib.algorithms_guaranteed, name in hashlib.algorithms_available)
