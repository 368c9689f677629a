# re: literals, classes, dot, anchors; match, search and fullmatch
import re

def show(m):
    print(m and (m.span(), m.group()))

for pat, s in [
    ('abc', 'abcdef'), ('abc', 'xabc'), ('a.c', 'abc'), ('a.c', 'a\nc'),
    ('[abc]+', 'cabbage'), ('[^abc]+', 'xyzabc'), ('[a-z0-9]+', 'hello42!'),
    ('[]a]+', ']a]b'), ('[^]a]+', 'xy]'), ('[a-]+', 'a-a-b'), ('[-a]+', '-a-b'),
    ('[\\]]', ']'), ('[.]', '.'), ('[.]', 'x'), ('a|b|c', 'c'), ('ab|cd', 'cd'),
    ('', 'abc'), ('^', 'abc'), ('$', 'abc'), ('^abc$', 'abc'), ('^abc$', 'abc\n'),
    ('x*', 'xxxy'), ('[\\d]', '5'), ('[^\\d\\s]+', 'ab c'),
]:
    print(pat, repr(s))
    show(re.match(pat, s))
    show(re.search(pat, s))
    show(re.fullmatch(pat, s))

show(re.search('b', 'abcb'))
show(re.search('^b', 'abcb'))
show(re.search('b$', 'abcb'))
show(re.search('c$', 'abc\n'))
show(re.search('c\\Z', 'abc\n'))
show(re.search('\\Aa', 'ba'))
show(re.search('a', ''))
show(re.search('', ''))
show(re.fullmatch('a*', ''))
show(re.fullmatch('a|ab', 'ab'))
show(re.fullmatch('(?:a|ab)(?:c|bcd)', 'abcd'))
show(re.match('a*?', 'aaa'))
show(re.fullmatch('a*?', 'aaa'))
# pos and endpos
p = re.compile('a+')
show(p.match('baaa', 1))
show(p.match('baaa', 1, 3))
show(p.search('baaa', 2))
show(p.fullmatch('baaa', 1, 3))
show(p.search('aaa', -5, 100))
show(p.search('aaa', 2, 1))
show(re.compile('^a').search('ba', 1))
show(re.compile('$').search('ab', 0, 1))
show(re.compile('a$').search('ab', 0, 1))
show(re.compile('(?<=b)a').search('ba', 1))
show(re.compile('\\ba').search('ba', 1))
