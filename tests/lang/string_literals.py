# string literal forms and escapes
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mix "q"', "mix 'q'")
print('a\tb', 'a\\b', 'line1\nline2')
print(repr('\a\b\f\n\r\t\v\0'))
print(repr('\x41\x42\x7f\x80\xff'))
print('\101\102\7', repr('\0101'))
print('\u00e9\u4e2d', '\U0001F600' == '\U0001f600', len('\U0001F600'))
print('\N{LATIN SMALL LETTER A}' if False else 'skipN')
print(r'raw\n\t', R'raw\x41', len(r'\n'))
print(r'a\'b', len(r'a\'b'))
print('a' 'b' "c" '''d''')
s = ('implicit '
     'concatenation '
     "across lines")
print(s)
print('abc\
def')
print("""first
second\
 joined""")
print(repr(''), repr(""), len(''))
print(repr("'"), repr('"'), repr('\'"'), repr("a'b\"c"))
print(repr('\\'), repr('\x00'), repr('\x1f'), repr('\x7f'))
print(repr('é'), repr('中文'), ascii('é中'))
print('\q' if False else 'unknown escapes kept', len('\\q'))
print(u'unicode prefix', type(u'').__name__)
print(ord('\n'), ord('\r'), ord('\t'), ord('\\'), ord('\''))
print('%s' % 'a' 'b')
