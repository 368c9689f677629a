# str strip family
s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abc'.strip(''), 'hello'.strip('hlo'))
print('www.example.com'.strip('cmowz.'), '000123000'.lstrip('0'), '000123000'.rstrip('0'))
print(repr(''.strip()), repr('   '.strip()), repr('\x0b\x0c\x1c a \x1f\x85'.strip()))
print('aaa'.strip('a'), 'abcba'.strip('ab'), 'abc'.lstrip('cba'), 'abc'.rstrip('c'))
print(repr('\u3000wide space\u3000'.strip()), repr('\xa0nbsp\xa0'.strip()))
print('  a b  '.strip(None), 'ab'.strip(None))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 'a'.strip(1))
t(lambda: 'a'.lstrip(b'a'))
