# str indexing, find/index with ranges, negative indices
s = 'abcdefabc'
for i in range(-len(s), len(s)):
    print(i, s[i], end=' | ')
print()
print(s.find('abc'), s.find('abc', 1), s.find('abc', 1, 8), s.find('abc', 1, 9), s.rfind('abc', 0, 8))
print(s.find('c', -3), s.find('c', -100, -6), s.index('f', -4), s.rindex('a', None, 5), s.find('a', None, None))
print(s.count('a', -3), s.count('a', 1, -1), s.startswith('def', 3), s.startswith('def', 3, 5), s.endswith('fab', 0, 8))
print(s[s.find('d'):s.rfind('b')], s[s.index('f') + 1:], s[:s.find('zz')])
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: s[len(s)])
t(lambda: s[-len(s) - 1])
t(lambda: s.index('abc', 7))
t(lambda: s.rindex('x'))
t(lambda: s.find('a', 'x'))
