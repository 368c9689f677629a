# str translate / maketrans / format_map / misc
table = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(table), 'hello'.translate(str.maketrans('el', 'ip')))
print('hello'.translate(str.maketrans('', '', 'l')), 'abc'.translate({97: None, 98: 'BB', 99: 100}))
print(str.maketrans({'a': '1', 'b': None}), str.maketrans('ab', 'cd', 'e'))
print('{x} and {y}'.format_map({'x': 1, 'y': 2}))
class Default(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{a} {b}'.format_map(Default(a='A')))
print('abc'.__getitem__(1), 'a,b'.split(',', maxsplit=1), 'a b'.split(sep=None))
print('x'.join('abc'), 'abc'.join(['1', '2']), ''.join(reversed('abc')))
print(str(123).zfill(6), 'tEsT'.swapcase(), 'hello world'.title().swapcase())
print('Hello'.ljust(8, '-') + '|', '|' + 'Hello'.rjust(8, '-'), 'Hello'.center(9, '-'))
print(' '.join(w[::-1] for w in 'abc def'.split()))
print('%s=%d' % ('n', 5) + ';', 'a' * 3 + 'b' * 2, 'abc' > 'abb', 'Z' < 'a')
print('one two three'.split(' ', 1)[1].upper().replace('T', 't'))
print('CamelCaseString'.lower(), ''.join(c for c in 'a1b2c3' if c.isdigit()))
print('tab\tsep'.split('\t'), 'a\\b'.split('\\'), 'x'.split('x'), 'xx'.split('x'))
print(repr('\n'.join(['a', 'b'])), repr('a\r\nb'.replace('\r\n', '\n')))
print(len('\t\n\r\x0b\x0c'.strip()), '  x  '.strip() == 'x')
print('abcabc'.find('c', -2), 'abcabc'.rfind('a', -4, -1), 'abc'.index('', 3), 'abc'.find('', 4))
print(sorted(['b10', 'b9', 'a', 'B']), sorted(['b10', 'b9', 'a', 'B'], key=str.lower))
