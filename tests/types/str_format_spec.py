# format-spec mini-language for ints and strings
for spec in ['', 'd', '5d', '<5d', '>5d', '^5d', '05d', '+d', ' d', '-d', '=+6d', '*^9d', 'x', 'X', '#x',
             '#X', 'o', '#o', 'b', '#b', '#010b', ',', '_', '_x', '_b', ',d', 'n' if False else 'd', 'c' if False else 'e',
             '.2f', '%', 'g', '10', '<10', '=10']:
    print(repr(spec), '[%s]' % format(1234, spec), '[%s]' % format(-1234, spec))
print(format(65, 'c'), format(0x4e2d, 'c'), format(0, 'x'), format(-0, '+d'), format(2 ** 70, ','), format(-(2 ** 70), '#x'))
for spec in ['', 's', '10', '<10', '>10', '^10', '*^10', '.2', '10.2', '-<6', '0<5', '^', '5s']:
    print(repr(spec), '[%s]' % format('hello', spec), '[%s]' % format('', spec))
print(format('é', '^5'), format('日本', '*>6'), format('ab', '0>4'))
print('{:=^20}'.format(' title '), '{:>{w}}'.format('r', w=4), '{:03}'.format(7), '{:+.3}'.format(2.0))
print(format(12, '08,'), format(1234567, '012,'), format(-1234, '08_'), format(12345, '#_x'))
print(format(True, ''), format(True, 'd'), format(False, '>6'), format(None, ''), format([1], ''))
