# upy-exp: handwritten: cryptolib is MicroPython's (CPython has none). Expected output: the FIPS-197 (appendix C) and NIST SP 800-38A (F.1, F.2, F.5) AES vectors, checked against the `cryptography` package, and MicroPython's behaviour from its modcryptolib.c: chaining kept across calls, the direction fixed by the first call, ValueError("mode"/"key"/"IV"/"blksize % 16"/"output too small"/"can't encrypt & decrypt"), TypeError("object with buffer protocol required"). Arity errors are worded as upy words them everywhere (CPython's style), not as MicroPython ("function missing 1 required positional arguments").
import cryptolib
from cryptolib import aes
import array


def t(f):
    try:
        r = f()
        print(r.hex() if isinstance(r, (bytes, bytearray)) else r)
    except Exception as e:
        print(type(e).__name__, e)


def h(s):
    return bytes.fromhex(s.replace(' ', ''))


# FIPS-197 appendix C: one block, AES-128 and AES-256.
pt = h('00112233445566778899aabbccddeeff')
for key in ['000102030405060708090a0b0c0d0e0f',
            '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f']:
    ct = aes(h(key), 1).encrypt(pt)
    print(len(key) * 4, ct.hex(), aes(h(key), 1).decrypt(ct) == pt)

# SP 800-38A: four blocks of plaintext.
P = h('6bc1bee22e409f96e93d7e117393172a ae2d8a571e03ac9c9eb76fac45af8e51'
      '30c81c46a35ce411e5fbc1191a0a52ef f69f2445df4f9b17ad2b417be66c3710')
K128 = h('2b7e151628aed2a6abf7158809cf4f3c')
K256 = h('603deb1015ca71be2b73aef0857d7781 1f352c073b6108d72d9810a30914dff4')
IV = h('000102030405060708090a0b0c0d0e0f')
CTR0 = h('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff')

for name, key in [('128', K128), ('256', K256)]:
    # F.1: ECB.
    c = aes(key, 1).encrypt(P)
    print('ecb', name, c.hex())
    print('ecb', name, aes(key, 1).decrypt(c) == P)
    # F.2: CBC, at once and block by block (the chain goes on).
    c = aes(key, 2, IV).encrypt(P)
    print('cbc', name, c.hex())
    e = aes(key, 2, IV)
    print('cbc', name, b''.join(e.encrypt(P[i:i + 16]) for i in range(0, 64, 16)) == c)
    d = aes(key, 2, IV)
    print('cbc', name, d.decrypt(c[:32]) + d.decrypt(c[32:]) == P)
    # F.5: CTR, in uneven pieces; decryption is the same operation.
    c = aes(key, 6, CTR0).encrypt(P)
    print('ctr', name, c.hex())
    e = aes(key, 6, CTR0)
    print('ctr', name, b''.join(e.encrypt(P[a:b]) for a, b in [(0, 1), (1, 17), (17, 20), (20, 20), (20, 64)]) == c)
    d = aes(key, 6, CTR0)
    print('ctr', name, d.decrypt(c[:7]) + d.decrypt(c[7:]) == P)

# The counter is 128 bits wide and wraps around.
c = aes(K128, 6, b'\xff' * 16).encrypt(bytes(48))
print(c[16:32] == aes(K128, 1).encrypt(bytes(16)), c[32:] == aes(K128, 1).encrypt(bytes(15) + b'\x01'))
print(c[:16] == aes(K128, 1).encrypt(b'\xff' * 16))

# Output buffers: written and returned; in place; larger than needed.
out = bytearray(64)
r = aes(K128, 2, IV).encrypt(P, out)
print(r is out, out == aes(K128, 2, IV).encrypt(P))
buf = bytearray(P)
aes(K128, 1).encrypt(buf, buf)
print(buf == aes(K128, 1).encrypt(P))
aes(K128, 1).decrypt(buf, buf)
print(buf == P)
big = bytearray(b'.' * 40)
aes(K128, 6, CTR0).encrypt(b'abc', big)
print(big[:3] == aes(K128, 6, CTR0).encrypt(b'abc'), big[3:] == b'.' * 37)
mv = memoryview(bytearray(48))
r = aes(K128, 1).encrypt(P[:32], mv[16:])
print(r is not None, bytes(mv[:16]) == bytes(16), bytes(mv[16:]) == aes(K128, 1).encrypt(P[:32]))
arr = array.array('B', bytes(16))
aes(K128, 1).encrypt(P[:16], arr)
print(bytes(arr) == aes(K128, 1).encrypt(P[:16]))

# Inputs and keys: any buffer, a str as its UTF-8 bytes.
print(aes(bytearray(K128), 1).encrypt(bytearray(P[:16])) == aes(K128, 1).encrypt(P[:16]))
print(aes(memoryview(K128), 1).encrypt(memoryview(P)[16:32]) == aes(K128, 1).encrypt(P[16:32]))
print(aes('1234' * 4, 1).encrypt('abcdefghijklmnop') == aes(b'1234' * 4, 1).encrypt(b'abcdefghijklmnop'))
print(aes(K128, 2, bytearray(IV)).encrypt(P) == aes(K128, 2, IV).encrypt(P))
print(aes(K128, 1, IV).encrypt(P) == aes(K128, 1).encrypt(P), aes(K128, 1, None).encrypt(P) == aes(K128, 1).encrypt(P))
class Two:
    def __int__(self):
        return 2
print(aes(K128, True).encrypt(P[:16]) == aes(K128, 1).encrypt(P[:16]), aes(K128, Two(), IV).encrypt(P) == aes(K128, 2, IV).encrypt(P))
print(aes(K128, 1).encrypt(b''), aes(K128, 2, IV).decrypt(b''), aes(K128, 6, IV).encrypt(b''))
print(cryptolib.MODE_ECB, cryptolib.MODE_CBC, cryptolib.MODE_CTR)

# Bad modes, keys and IVs.
t(lambda: aes(K128, 0))
t(lambda: aes(K128, 3))
t(lambda: aes(K128, 5))
t(lambda: aes(K128, -1))
t(lambda: aes(K128, 2**70))
t(lambda: aes(K128, '1'))
t(lambda: aes(K128, None))
t(lambda: aes(K128, 1.0))
t(lambda: aes(b'x', 9))
t(lambda: aes(b'', 1))
t(lambda: aes(b'k' * 15, 1))
t(lambda: aes(b'k' * 24, 1))
t(lambda: aes(b'k' * 33, 1))
t(lambda: aes(12, 1))
t(lambda: aes(None, 1))
t(lambda: aes([1] * 16, 1))
t(lambda: aes(K128, 2))
t(lambda: aes(K128, 6))
t(lambda: aes(K128, 2, None))
t(lambda: aes(K128, 2, b'short'))
t(lambda: aes(K128, 6, bytes(17)))
t(lambda: aes(K128, 1, b'x'))
t(lambda: aes(K128, 2, 5))
t(lambda: aes(b'k' * 24, 2, b'short'))

# Bad data and output buffers.
e = aes(K128, 1)
t(lambda: e.encrypt(b'x' * 15))
t(lambda: e.encrypt(b'x' * 17))
t(lambda: aes(K128, 2, IV).decrypt(b'x' * 31))
t(lambda: e.encrypt(123))
t(lambda: e.encrypt(None))
t(lambda: e.encrypt(P, bytearray(63)))
t(lambda: e.encrypt(P, bytes(64)))
t(lambda: e.encrypt(P, memoryview(bytes(64))))
t(lambda: e.encrypt(P, None))
t(lambda: e.encrypt(P, 'x' * 64))
t(lambda: e.encrypt(b'x', bytearray(16)))
t(lambda: aes(K128, 6, IV).encrypt(b'abc', bytearray(2)))
print(aes(K128, 6, IV).encrypt(b'abc', bytearray(3)).hex() == aes(K128, 6, IV).encrypt(b'abc').hex())

# One direction per object, fixed by its first successful call.
for mode, iv in [(1, None), (2, IV), (6, CTR0)]:
    e = aes(K128, mode, iv)
    e.encrypt(P[:16])
    t(lambda: e.decrypt(P[:16]))
    t(lambda: e.decrypt(P[:16], bytearray(16)))
    print(e.encrypt(P[16:32]).hex())
    d = aes(K128, mode, iv)
    d.decrypt(P[:16])
    t(lambda: d.encrypt(P[:16]))
    # Checks of the data come first.
    f = aes(K128, mode, iv)
    t(lambda: f.decrypt(b'x' * 5) if mode != 6 else f.decrypt(b'x' * 5, bytearray(1)))
    t(lambda: f.encrypt(P[:16]) == aes(K128, mode, iv).encrypt(P[:16]))

# Arity (upy's wording).
t(lambda: aes())
t(lambda: aes(K128))
t(lambda: aes(K128, 2, IV, 4))
t(lambda: aes(K128, 1).encrypt())
t(lambda: aes(K128, 1).decrypt(b'', bytearray(), 3))
t(lambda: aes(K128, 1, IV=IV))
t(lambda: aes(K128, 1).encrypt(in_buf=b''))
