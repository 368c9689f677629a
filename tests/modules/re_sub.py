# re: sub and subn with templates, functions, counts and empty matches
import re

print(re.sub(r'\d+', '#', 'a1b22c333'))
print(re.sub(r'\d+', '#', 'a1b22c333', 2))
print(re.sub(r'\d+', '#', 'a1b22c333', count=1))
print(re.sub(r'\d+', '#', 'a1b22c333', -1))
print(re.subn(r'\d+', '#', 'a1b22c333'))
print(re.subn(r'x', '#', 'abc'))
print(re.sub(r'(\w+)=(\w+)', r'\2=\1', 'a=1, b=2'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k> (\g<0>)', 'a=1, b=2'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub('a', r'\n\t\\', 'a'))
print(re.sub('a', r'\&\-', 'a'))
print(re.sub('a', '\\\\', 'xax'))
print(re.sub('(a)', r'\g<1>0', 'a'))
print(re.sub('a', r'\0\01\012\101', 'a').encode())
print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', ''))
print(re.sub('', '-', 'abc'))
print(re.sub('(?=b)', '^', 'abab'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.sub('a|', '-', 'bab'))
print(re.sub('a*', lambda m: '[%s]' % m.group(), 'baaac'))
def double(m):
    return str(int(m.group()) * 2)
print(re.sub(r'\d+', double, '10 20 x 30'))
print(re.sub(r'\d', lambda m: None, 'a1b2'))
print(re.subn(r'\d', lambda m: '', 'a1b2'))
calls = []
def rec(m):
    calls.append((m.start(), m.end(), m.group(), m.pos, m.endpos, m.string))
    return m.group().upper()
print(re.sub('[a-c]', rec, 'xaybzc'), calls)
print(re.sub('(?i)x', 'y', 'XxX'), re.sub('x', 'y', 'XxX', flags=re.I))
print(re.sub('^', '> ', 'l1\nl2', flags=re.M))
p = re.compile('o')
print(p.sub('0', 'foo boo'), p.subn('0', 'foo boo', 1))
print(re.sub(b'a+', b'-', b'baaab'), re.subn(b'(a)', br'<\1>', b'bab'))
print(re.sub(b'a', lambda m: m.group() * 2, b'xax'))
print(re.sub(b'a', lambda m: bytearray(b'Z'), b'xax'))
print(re.sub(b'a', b'b', bytearray(b'xax')))
class S(str):
    pass
r = re.sub('a', 'b', S('xax'))
print(r, type(r) is str)
print(re.sub('é', 'e', 'café é'), re.sub('(.)', r'\1\1', 'né'))
print(re.sub(r'(\d)(?=(\d{3})+$)', r'\1,', '1234567'))
for args in [('a', lambda m: 5, 'a'), ('a', lambda m: b'x', 'a'), (b'a', lambda m: 'x', b'a'),
             ('a', b'x', 'a'), (b'a', 'x', b'a'), ('a', 5, 'a'), ('a', r'\2', 'a'), ('(a)', r'\g<x>', 'a'),
             ('a', r'\q', 'a'), ('a', b'\\1', 'a'), ('a', r'\g<1', 'a'), ('a', 'x', 5), (5, 'x', 'a'),
             ('a', b'x\\0', 'a'), ('(a)', b'\\1x', 'a'), ('b', lambda m: 1, 'abab'),
             ('a', [], 'xyz'), ('a', r'\8', 'xyz')]:
    try:
        print(re.sub(*args))
    except (TypeError, re.error, IndexError) as e:
        print(type(e).__name__, e)
seen = []
def bad(m):
    seen.append(m.start())
    return 7 if m.start() else 'ok'
try:
    re.sub('a', bad, 'aaa')
except TypeError as e:
    print(e, seen)
