# re: Pattern and Match objects: attributes, reprs, equality, copying
import re


p = re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)(-(\d\d))?', re.I)
print(p, repr(p), p.pattern, p.flags, p.groups, p.groupindex == {'y': 1, 'm': 2})
print(type(p).__name__, type(p) is re.Pattern, isinstance(p, re.Pattern), re.Pattern.__module__)
m = p.search('on 2024-05-17 and')
print(m, repr(m), type(m).__name__, isinstance(m, re.Match))
print(m.string, m.re is p, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(m.group(), m[0], m['y'], m[4], m.groups(), m.groupdict())
m2 = p.search('x2024-05', 1, 8)
print(m2, m2.pos, m2.endpos, m2.lastindex, m2.lastgroup, m2.groups('-'))
print(re.match('a*', 'x'), re.match('.*', 'x' * 80))
print(repr(re.match('.+', "it's \"q\"\n")))
print(re.compile('a' * 300))
print(re.compile("it's"), re.compile('"'), re.compile(b'\x00\xff'), re.compile('\n'))
print(re.compile('a', re.I | re.M | re.S | re.X | re.A), re.compile(b'a', re.L))
print(re.compile('a', 1024), re.compile('a', re.T), re.compile('(?u)a'), re.compile('(?a)a'))
print(re.compile('x') == re.compile('x'), re.compile('x') != re.compile('x', re.I))
print(re.compile('x') == 'x', re.compile('x') == re.compile('y'))
print(hash(re.compile('x')) == hash(re.compile('x')), len({re.compile('x'), re.compile('x')}))
print(re.compile('x') is re.compile('x'), re.compile(p) is p)
print(p.__copy__() is p, p.__deepcopy__({}) is p, m.__copy__() is m, m.__deepcopy__(None) is m)
re.purge()
print(re.compile('x') == re.compile('x'))
for f in [lambda: re.Pattern(), lambda: re.Match(), lambda: re.compile(p, re.I),
          lambda: re.compile(5), lambda: re.compile([]), lambda: re.compile(None)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m = re.match('(a)(b)?', 'a')
print(m.span(2), m.start(2), m.end(2), m.regs, m.group(2), m.groups(), m.groups(0))
m = re.match('', '')
print(m, m.groups(), m.regs, m.lastindex)
m = re.search('(?P<w>b)', 'abc')
print(m.expand('<\\g<w>>'), m.expand(b'x' if False else '\\1\\1'), m.expand(''))
print(re.match('(a)', 'a').expand('\\g<0>\\g<1>'))
print(re.match(b'(a)', b'a').expand(b'[\\1]'))
print(bool(re.match('', '')), bool(re.match('a', 'b')))
print(re.Match.__name__, re.Pattern.__name__)
