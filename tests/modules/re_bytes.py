# re: bytes patterns over bytes-like subjects, and mixing str and bytes
import re

m = re.match(rb'(\w+) (\d+)', b'abc 123 x')
print(m, m.groups(), m.group(0), m.span(2), m.string)
print(re.findall(rb'[\x80-\xff]', b'a\xe9b\xffc'))
print(re.search(b'\\xe9', b'caf\xe9'))
print(re.match(b'.', b'\n'), re.match(b'.', b'\n', re.S))
print(re.match(b'(?i)AB\xc9', b'ab\xe9'), re.match(b'(?i)AB', b'ab'))
print(re.match(rb'\w+', b'caf\xe9').group())
m = re.search(b'b+', bytearray(b'abbbc'))
print(m.group(), type(m.group()).__name__, m.string)
m = re.search(b'b+', memoryview(b'abbbc'))
print(m.span())
import array
print(re.search(b'b', array.array('b', [97, 98])).span())
print(re.split(b'b', bytearray(b'abc')))
print(re.findall(b'.', bytearray(b'ab')))
print(re.compile(b'a').pattern, re.compile(b'a', re.I).flags, re.compile(b'(?P<n>a)').groupindex)
print(re.escape(b'a.b'), re.match(re.escape(b'\x00*'), b'\x00*'))
for f in [lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.search(b'a', 5),
          lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', b'x', 'a'),
          lambda: re.split('a', b'a'), lambda: re.findall(b'a', 'a'), lambda: re.finditer('a', b'a'),
          lambda: re.compile(bytearray(b'a')), lambda: re.compile(b'\\u0041'),
          lambda: re.match(b'(?P<n>a)', b'a').group(b'n'), lambda: re.fullmatch(b'a', memoryview(b'a')),
          lambda: re.match('a', bytearray(b'a'))]:
    try:
        print(f())
    except (TypeError, re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.match(b'(?P<n>a)', b'a').group('n'), re.match(b'(?P<n>a)', b'a').groupdict())
print(re.sub(rb'(?P<n>a)', rb'\g<n>\g<n>', b'xa'))
print(re.compile(b'a') == re.compile('a'), re.compile(b'a') == re.compile(b'a'))
