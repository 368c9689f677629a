# str.partition / rpartition / split edge cases with maxsplit
for s in ['a=b=c', '=x', 'x=', 'noeq', '', '==']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('abcabc'.partition('bc'), 'abcabc'.rpartition('bc'), 'aaa'.partition('aa'), 'aaa'.rpartition('aa'))
for bad in [lambda: 'a'.partition(''), lambda: 'a'.rpartition(''), lambda: 'a'.partition(1), lambda: 'a'.partition(None)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = 'a,b,,c,'
print(s.split(','), s.split(',', 1), s.split(',', 0), s.split(',', -1), s.rsplit(',', 2))
print(' a  b   c '.split(), ' a  b   c '.split(None, 1), ' a  b   c '.rsplit(None, 1), ''.split(), ''.split(','))
print('a b c'.split(maxsplit=1), 'a b c'.rsplit(sep=' ', maxsplit=1))
print('x'.split('x'), 'xx'.split('x'), 'abab'.split('ab'), '\t\n a\x0bb\x0cc \r'.split())
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print('k1=v1;k2=v2;k3'.split(';'))
print(dict(kv.partition('=')[::2] for kv in 'a=1;b=2;c'.split(';')))
path = '/usr/local/lib/python3.11/site.py'
head, _, tail = path.rpartition('/')
name, dot, ext = tail.rpartition('.')
print(head, tail, name, ext, dot)
print('a\u2003b'.split(), 'a\xa0b'.split())
