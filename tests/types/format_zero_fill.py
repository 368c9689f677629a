# the '0' flag: zeros fill whatever the alignment; grouping separates the
# padding zeros only with '=' alignment; inf and nan are never grouped
vals = [float('inf'), float('-inf'), float('nan'), 1234567.5, -1234567.5, 0.0, -0.0, 12.5, 1e20, 1.5e-7]
specs = ['020,.3f', '020,', '020_', '020_.2f', '=^20,', '=^20,.2f', '0=20,', '0=20,.1f', '<020,', '>020,',
         '^020,', '020,.2e', '+020,.3f', ' 020,', '020,g', '020,%', '020,.0f', '#020,.0f', '*=20,', '0<20,',
         '10,', '020,F', '015_.4E', '025,.10g', '=020,', '020', '=^020', '0^20_', '*<020,', '-^+20,']
for v in vals:
    print(repr(v), ' '.join(repr(format(v, s)) for s in specs))
print(format(1234567.5, '020,.3f'), format(float('inf'), '020,.3f'), format(float('nan'), '020,'))
print('{:020,}|{:=^20_}|{:020_.1f}'.format(float('-inf'), float('nan'), 1e6), f'{float("inf"):0=+12,}')

ispecs = ['020,', '020_', '0=20,', '<020,', '>020,', '^020,', '=020,', '<020', '>020', '^020', '=020',
          '#020_x', '<#020_x', '020', '*<020,', '0<20,', '+020_b', '=^020,']
for v in [1234567, -1234567, 0, 255, 2 ** 70]:
    print(v, ' '.join(repr(format(v, s)) for s in ispecs))
print(repr(format(65, '05c')), repr(format(65, '<05c')), repr(format(65, '*^05c')))
for s in ['<05', '>05', '^05', '05', '0<5', '*<05']:
    print(repr(format('ab', s)), repr(format('abcdef', s)))
for s in ['020', '0<20', '<020', '=20', '*=20', '*<020', '>20', '0>20', '^20.2f', '*>020']:
    try:
        print(repr(format(1 + 2j, s)))
    except ValueError as e:
        print(s, 'ValueError:', e)
for s in ['=05', '0=5']:
    try:
        print(repr(format('ab', s)))
    except ValueError as e:
        print(s, 'ValueError:', e)
print('%05d|%-05d|%05.1f|%-8.2f|%+06d|%05s' % (42, 42, 2.5, 2.5, 7, 'ab'))
