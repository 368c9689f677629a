# re: bad patterns raise re.error with CPython's message and position
import re

def t(pat, flags=0):
    try:
        re.compile(pat, flags)
        print(repr(pat), 'ok')
    except re.error as e:
        print(repr(pat), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == pat)
    except RecursionError:
        print(len(pat), 'RecursionError')
    except Exception as e:
        print(repr(pat), type(e).__name__, e)

for p in ['(', ')', 'a)', '(a', '((a)', '[', '[a', '[^', '[]', '[a-', '[\\', 'a\\',
          '*', '+', '?', '{1}', 'a**', 'a*+*', 'a+?+', 'a??*', '^*', '$+', '\\A*', '\\b*',
          '(?:)*', '(?:^)*', '(?:a*)*', 'a{2}{3}', 'a{3,2}', 'a{4294967295}',
          'a{99999999999999999999}', 'a{1,4294967296}',
          '\\q', '\\Q', '\\8', '[\\8]', '[\\A]', '\\x', '\\x1', '\\xg', '\\u12', '\\U1234567',
          '\\U00110000', '\\N', '\\N{', '\\N{}', '\\N{LATIN SMALL LETTER A', '\\N{NO SUCH NAME}',
          '\\400', '[\\400]', '\\1', '(a)\\2', '(a\\1)', '(?P<n>a(?P=n))', '\\0\\1',
          '[b-a]', '[a-\\d]', '[\\w-z]', '[z-a]', '(?', '(?x', '(?P', '(?Px', '(?P<', '(?P<>a)',
          '(?P<a', '(?P<1a>x)', '(?P<a-b>x)', '(?P<a>x)(?P<a>y)', '(?P=', '(?P=x)', '(?P=1)',
          '(?P=a', '(?<', '(?<x)', '(?<=a+)b', '(?<=a|bc)', '(?<!a*)', '(?<=a{2})b', '(?<=(a)\\1)b',
          '(a)(?<=\\1)', '(?<=(?P<x>a)(?P=x))', '(?#', '(?#abc', '(?#abc)x', '(?(', '(?()', '(?(1',
          '(?(1)a', '(?(1)a|b|c)', '(?(0)a)', '(?(-1)a)', '(?(x)a)', '(?(1a)a)', '(?(2)a)(b)',
          '(a)(?(1)b)', '(?P<g>a)(?(g)b|c)', '(?i', '(?i-', '(?i-:a)', '(?-)', '(?-i)', '(?q)',
          '(?i)', 'a(?i)', '(?i)(?s)a', '(a(?i))', 'a|(?i)b', '(?i:a)', '(?-i:a)', '(?i-i:a)',
          '(?L)', '(?u)', '(?a)', '(?au)', '(?au:x)', '(?-a:x)', '(?t:x)', '(?-t:x)', '(?x-y:z)',
          '(?i-$:x)', '(?1)', '(?<>x)', '(?P>x)', '(?&x)', 'a\n(', 'ab\ncd)', '(?x)a\n  (',
          '[a\n', 'x{2,1}\ny', '(?i:', '(?:', '(?=a', '(?!', '(?<=', '(?>', '(?>a']:
    t(p)
t('\\u00e9\\', 0)
t(b'\\q')
t(b'\\u1234')
t(b'(\xe9')
t(b'\\\xe9')
t('(?L)x')
t('abc', re.L)
t('abc', re.A | re.U)
t(b'abc', re.U)
t(b'abc', re.A | re.L)
t(b'(?u)x')
t(b'(?aL)x')
t(b'(?L)x')
t(b'(?a)x')
t('(' * 600 + ')' * 600)
t('(' * 100 + ')' * 100)
t('(?:' * 100 + ')' * 100)
t('[' + 'a' * 10)
t(5)
t(b'a', 'x')
try:
    re.compile('a', 'x')
except TypeError as e:
    print('TypeError', e)
e = re.error('plain')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.args)
e = re.error('msg', 'abc', 1)
print(e, e.args, e.lineno, e.colno)
e = re.error('msg', 'a\nbc', 3)
print(e, e.lineno, e.colno)
e = re.error('msg', b'a\nbc', 3)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__)
