# str search methods
s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.find('xyz'), s.find(''), s.find('', 100), s.find('o', 5, 10))
print(s.rfind('hello'), s.rfind('o'), s.rfind('o', 0, 5), s.rfind('xyz'), s.rfind(''))
print(s.index('world'), s.rindex('l'), s.index('o', -5))
print(s.count('l'), s.count('hello'), s.count(''), s.count('l', 5), s.count('l', 0, 4), 'aaaa'.count('aa'))
print(s.startswith('hello'), s.startswith('world', 6), s.startswith(('x', 'he')), s.startswith(''))
print(s.endswith('python'), s.endswith('hello', 0, 18), s.endswith(('on', 'zz')), s.endswith('p', -6, -5))
print('abc'.startswith('abcd'), ''.startswith(''), 'abc'.endswith(''), 'abc'.startswith('a', 5))
print('x' in s, 'world' in s, s.find('h', -3), s.find('o', -100, 100))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abab'.replace('ab', ''))
print('abc'.replace('x', 'y'), 'a.b.c'.replace('.', '::', 1), ''.replace('', 'x'), 'aaa'.replace('a', 'a' * 2, 0))
print('hello'.removeprefix('he'), 'hello'.removesuffix('lo'), 'hello'.removeprefix('x'), 'hello'.removesuffix(''))
