# str case methods
for s in ['hello world', 'Hello World', 'HELLO', 'hELLO wORLD', '', '123abc', 'ß straße', 'ǅ', "they're bill's", 'a-b_c d']:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print('abc'.upper() is not 'abc'.lower() if False else 'ABC'.lower())
print('MiXeD 123 !?'.upper(), 'MiXeD 123 !?'.lower())
print('éàü'.upper(), 'ÉÀÜ'.lower(), 'ﬁ'.upper())
print('hello'.center(11, '*'), 'x'.center(4), 'ab'.center(5, '-'), 'abc'.center(2))
print('ab'.ljust(5, '.'), 'ab'.rjust(5, '.'), 'ab'.ljust(1), 'ab'.rjust(4))
print('42'.zfill(5), '-42'.zfill(5), '+4'.zfill(4), 'abc'.zfill(2), ''.zfill(3), '-'.zfill(3))
print('a\tb\tc'.expandtabs(), 'a\tbc\td'.expandtabs(4), '\t'.expandtabs(2), 'ab\n\tc'.expandtabs(3))
