# str padding/alignment: center, ljust, rjust, zfill, expandtabs
for s in ['', 'a', 'ab', 'abc', 'abcd']:
    print('[%s][%s][%s][%s]' % (s.center(5), s.ljust(5, '.'), s.rjust(5, '*'), s.center(6, '-')))
print('x'.center(4), 'x'.center(4, '#'), 'xy'.center(5, '#'), 'xy'.center(3, '#'), 'xyz'.center(2))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(6), ''.zfill(3), '-'.zfill(3), '12345'.zfill(2))
print('a\tbc\tdef\tg'.expandtabs(), 'a\tbc\tdef\tg'.expandtabs(4), 'a\tb'.expandtabs(0), 'a\tb'.expandtabs(1))
print(repr('x\n\ty\t'.expandtabs(3)), repr('\t'.expandtabs(-1)))
print('é'.center(5, '*'), 'ab'.rjust(4, 'é'))
for bad in [lambda: 'a'.center(5, '**'), lambda: 'a'.ljust(5, ''), lambda: 'a'.rjust('5'),
            lambda: 'a'.center(), lambda: 'a'.zfill('3'), lambda: 'a'.ljust(3, 5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print('abc'.ljust(-5), 'abc'.center(0), 'abc'.rjust(3))
print('|'.join(w.ljust(6) for w in ['id', 'name', 'qty']))
for row in [(1, 'apple', 3.5), (22, 'kiwi', 12.25)]:
    print(str(row[0]).rjust(3), row[1].ljust(8), ('%.2f' % row[2]).rjust(7))
