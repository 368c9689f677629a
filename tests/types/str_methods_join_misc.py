# str.join and misc str methods: casefold, swapcase, title, capitalize, isidentifier, isprintable
print(','.join(['a', 'b']), ''.join([]), '-'.join('abc'), ' '.join(map(str, range(3))), ', '.join({'k': 1}))
for bad in [lambda: ','.join([1, 2]), lambda: ','.join(['a', None]), lambda: ','.join(5), lambda: ','.join([b'x'])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
for s in ['hello world', 'HELLO', "they're bill's", 'ßtraße', 'mIxEd CaSe 123', '', 'a1b2', 'élan ÉTÉ']:
    print(repr(s), s.title(), s.capitalize(), s.swapcase(), s.casefold(), s.upper(), s.lower())
for s in ['abc', '_x1', '1abc', 'a-b', '', 'class', 'ñandú', 'a b']:
    print(repr(s), s.isidentifier())
for s in ['abc', 'a\tb', '\x7f', 'é', '', ' ', '\u200b']:
    print(repr(s), s.isprintable())
print('Hello'.istitle(), 'Hello World'.istitle(), 'hello World'.istitle(), 'HW'.istitle(), '1A'.istitle(), ''.istitle())
print('abc'.isascii(), 'é'.isascii(), ''.isascii(), '\x7f'.isascii())
