# basic str operations
s = 'hello'
print(s + ' world', s * 2, 2 * s, s * 0, s * -1, len(s), len(''), len('日本語'))
print(s[0], s[-1], s[1:3], s[::-1], s[::2], s[10:], s[-10:2])
print(s == 'hello', s != 'world', s < 'help', 'a' < 'b', 'Z' < 'a', 'abc' < 'abd', 'ab' < 'abc', '' < ' ')
print('é' > 'z', '中' > 'é', min('hello'), max('hello'), sorted('hello'))
print(list('abc'), tuple('ab'), set('aa'), dict.fromkeys('ab'))
print(str(), str(1), str(1.5), str([1, 'a']), str(None), str(b'ab'), str('x'))
print(str(b'abc', 'utf-8'), str(b'\xc3\xa9', encoding='utf-8'), str(b'\xff', 'utf-8', 'replace'), str(b'a\xffb', 'latin-1'))
print(ord('a'), ord('é'), ord('中'), ord('\U0001f600'), chr(97), chr(233), chr(0x4e2d), chr(0x1f600) == '\U0001f600')
print('abc'.__len__(), 'a' in 'abc', 'abc'.__contains__('d'))
x = 'abc'
x += 'def'
print(x, x.upper().lower() == x)
print(''.join(reversed('stressed')), 'racecar' == 'racecar'[::-1])
print(hash('abc') == hash('ab' + 'c'), isinstance('abc', str))
for ch in 'hi!':
    print(ch, ord(ch))
print([c for c in 'a b' if c != ' '], 'a,b'.split(',')[1])
it = iter('xy')
print(next(it), next(it))
print(repr('multi\nline'), str('multi\nline').count('\n'))
print('%s' % 'x', 'x'.__class__.__name__, type('').__name__, isinstance('s', str))
