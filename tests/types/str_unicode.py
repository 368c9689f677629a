# unicode strings: length, indexing, slicing, iteration, comparison
s = 'aé中😀'
print(len(s), s[0], s[1], s[2], s[3], s[-1], s[1:3], s[::-1], list(s))
print([ord(c) for c in s], ''.join(chr(ord(c)) for c in s) == s)
print(s.upper(), s.encode('utf-8'), len(s.encode('utf-8')), s.find('中'), s.index('😀'), '中' in s)
print(s * 2, s + '!', s.count('é'), s.replace('中', 'zh'), s.split('中'), s.center(8, '*'))
print(repr(s), ascii(s), str(s) == s, s == 'a\u00e9\u4e2d\U0001f600')
print(sorted('zéa中'), max('aé'), min('中😀'), 'é' < '中' < '😀')
print('Ünïcödé'.lower(), 'ünïcödé'.upper(), 'straße'.upper(), 'İ'.lower() == 'i̇', 'ǈ'.upper())
print('日本語テキスト'[2:5], len('日本語テキスト'), '日本語'.encode()[:3].decode())
print('e\u0301' == 'é', len('e\u0301'), 'café'.isalpha(), '١٢٣'.isdigit(), 'abc١'.isalnum())
print(f'{s:>8}|', '%-6s|' % s, '{:^7}'.format('中'))
words = ['über', 'apple', 'Zebra', 'écran']
print(sorted(words), sorted(words, key=str.casefold))
print('\u0041\u030a', '\N{GREEK SMALL LETTER ALPHA}', '\u03b1'.upper(), 'Σ'.lower())
print(str(b'\xe4\xb8\xad', 'utf-8'), bytes('中', 'utf-8'), '中'.encode('utf-16-le') if False else 'skip')
it = iter('😀x')
print(next(it) == '😀', next(it))
print(s.startswith('aé'), s.endswith('😀'), s.partition('中'), s.strip('a😀'))
