# roman numeral conversion both ways, with validation
VALUES = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
          (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError('expected int, got %s' % type(n).__name__)
    if not 0 < n < 4000:
        raise ValueError('out of range: %d' % n)
    out = []
    for v, s in VALUES:
        q, n = divmod(n, v)
        out.append(s * q)
    return ''.join(out)
SYM = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        if ch not in SYM:
            raise ValueError('bad numeral %r in %r' % (ch, s))
        v = SYM[ch]
        if i + 1 < len(s) and SYM.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError('non-canonical numeral %r (means %s)' % (s, to_roman(total)))
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 888]:
    r = to_roman(n)
    print(n, r, from_roman(r))
print(all(from_roman(to_roman(i)) == i for i in range(1, 4000)))
for bad in [0, 4000, -5, 2.0, True, 'x']:
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in ['IIII', 'VX', 'ABC', 'IC', 'MMMM', '']:
    try:
        print(from_roman(bad))
    except ValueError as e:
        print(type(e).__name__, e)
print(max(range(1, 4000), key=lambda i: (len(to_roman(i)), i)), len(to_roman(3888)))
