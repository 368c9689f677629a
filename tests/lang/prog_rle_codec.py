# run-length encoding of strings and bytes, plus a simple LZ-style codec
def rle_encode(s):
    if not s:
        return []
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append((prev, count))
            prev, count = ch, 1
    out.append((prev, count))
    return out
def rle_decode(pairs):
    return ''.join(ch * n for ch, n in pairs)
def rle_str(s):
    return ''.join('%d%s' % (n, c) if n > 1 else c for c, n in rle_encode(s))
def rle_parse(t):
    out, num = [], ''
    for ch in t:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or '1'))
            num = ''
    if num:
        raise ValueError('dangling count %r' % num)
    return ''.join(out)
for s in ['', 'a', 'aaabccdddd', 'abc', 'zzzzzzzzzzzz', 'aabbaa']:
    e = rle_str(s)
    print(repr(s), rle_encode(s), e, rle_parse(e) == s)
try:
    rle_parse('3a4')
except ValueError as e:
    print('ValueError', e)
def rle_bytes(b):
    out = bytearray()
    i = 0
    while i < len(b):
        j = i
        while j < len(b) and b[j] == b[i] and j - i < 255:
            j += 1
        out += bytes([j - i, b[i]])
        i = j
    return bytes(out)
def unrle_bytes(b):
    if len(b) % 2:
        raise ValueError('odd length')
    return b''.join(bytes([b[i + 1]]) * b[i] for i in range(0, len(b), 2))
data = b'\x00' * 300 + b'\x01\x02\x02' + b'\xff' * 4
enc = rle_bytes(data)
print(enc.hex(), len(enc), unrle_bytes(enc) == data)
def lz_compress(s, window=16):
    i, out = 0, []
    while i < len(s):
        best = (0, 0)
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(s) and s[j + k] == s[i + k] and k < 15:
                k += 1
            if k > best[1]:
                best = (i - j, k)
        if best[1] >= 3:
            out.append(best)
            i += best[1]
        else:
            out.append(s[i])
            i += 1
    return out
def lz_decompress(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, n = t
            for _ in range(n):
                out.append(out[-off])
        else:
            out.append(t)
    return ''.join(out)
for s in ['abcabcabcabc', 'aaaaaaa', 'hello world hello world', 'xyz']:
    c = lz_compress(s)
    print(c, lz_decompress(c) == s)
