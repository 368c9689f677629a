# re: groups (capturing, named, non-capturing), backreferences, conditionals
import re

m = re.match(r'(\w+) (\w+)(?: (\w+))?', 'John Smith')
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3))
print(m.group(1, 2, 3), m.group(0, 1), m.groups(), m.groups('-'), m.groups(default=0))
print(m.span(), m.span(1), m.span(3), m.start(2), m.end(2), m.start(3), m.end(3))
print(m.lastindex, m.lastgroup, m.regs)
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<mid> \w+)?', 'Jane Doe')
print(m.group('first'), m.group('last', 'first'), m['last'], m[1], m['mid'])
print(m.groupdict(), m.groupdict('?'), m.groupdict(default=1))
print(m.span('last'), m.start('first'), m.end('mid'), m.lastindex, m.lastgroup)
print(m.re.groupindex['last'], sorted(m.re.groupindex.items()), m.re.groups)
for key in [5, -1, 'nope', 1.0, None, b'first']:
    try:
        m.group(key)
    except IndexError as e:
        print('IndexError', e)
for f in [m.start, m.end, m.span, m.__getitem__]:
    try:
        f(9)
    except IndexError as e:
        print('IndexError', e)
print(m.group(True), m[False])
# lastindex and lastgroup
for pat, s in [('(a)b', 'ab'), ('(a)(b)', 'ab'), ('((a)b)', 'ab'), ('(?P<x>a)(?P<y>b)?', 'ac'),
               ('(?P<x>(?P<y>a))', 'a'), ('a(?:b)', 'ab'), ('(a)|(b)', 'b'), ('(?:(a)|b)+', 'ab'),
               ('(a)(?:x|(b))?', 'ab'), ('(?P<n>a)(b)', 'ab'), ('(a)(?=(b))', 'ab')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.groups())
# backreferences
for pat, s in [(r'(a+)b\1', 'aabaa'), (r'(a+)b\1', 'aaba'), (r'(\w)\1', 'hello'),
               (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'x\''), (r'(a)|b\1', 'b'),
               (r'(a)?b\1', 'b'), (r'(?i)(a)\1', 'aA'), (r'(a*)\1', 'aaaa'),
               (r'(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)\10', 'abcdefghijj'),
               (r'(.)\1{2}', 'aaab'), (r'(?:(a)|b)\1', 'ba'), (r'(a)(?:\1)+', 'aaaa'),
               (r'((a)\2)+', 'aaaa'), (r'(\w+)\s+\1', 'the the end')]:
    m = re.search(pat, s)
    print(pat, m and (m.span(), m.groups()))
# conditionals
for pat, s in [(r'(a)?(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'(a)?(?(1)b|c)', 'b'),
               (r'(?P<q><)?\w+(?(q)>)', '<a>'), (r'(?P<q><)?\w+(?(q)>)', 'a>'),
               (r'(?P<q><)?\w+(?(q)>)', '<a'), (r'(a)?(?(1)b)c', 'c'), (r'^(\()?\d+(?(1)\))$', '(12)'),
               (r'^(\()?\d+(?(1)\))$', '(12'), (r'(?:(a)|x)(?(1)y|z)', 'xz')]:
    m = re.search(pat, s)
    print(pat, repr(s), m and (m.span(), m.groups()))
# groups in repeats keep their last iteration
print(re.match(r'(?:(\d)(\w))+', '1a2b3c').groups())
print(re.match(r'(\d)+', '123').group(1))
print(re.match(r'((\d)|x)+', '1x').groups())
print(re.findall(r'(a)(b)?', 'abac'))
print(re.findall(r'(?:(a)|(b))', 'ab'))
print(re.match('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)', 'abcdefghijkl').group(12, 10, 1))
p = re.compile('(?P<a>x)(?P<b>y)?(z)')
print(p.groups, p.groupindex, dict(p.groupindex))
m = p.match('xz')
print(m.expand(r'[\1|\g<1>|\g<a>|\2|\g<b>|\3|\g<0>|\n|\\]'))
print(m.expand(r'\g<1>0'), m.expand(r'\0'), m.expand(r'\101'))
for t in [r'\10', r'\4', r'\g<4>', r'\g<c>', r'\g<x', r'\g', r'\q', r'\g<1a>', r'\g<-1>', 5]:
    try:
        print(m.expand(t))
    except (re.error, IndexError, TypeError) as e:
        print(type(e).__name__, e)
