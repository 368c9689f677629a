# float formatting with format specs, %-formatting and str.format
x = 1234.5678
for spec in ['', 'f', '.0f', '.1f', '.2f', '10.2f', '<10.2f', '^10.2f', '>10.2f', '010.2f', '+.2f',
             ' .2f', 'e', '.2e', 'E', '.3E', 'g', '.3g', '.10g', 'G', '%', '.1%', ',', ',.2f', '_.1f',
             '=+12.2f', '*^15.3f', '#.0f', '#g', '.0e', 'n' if False else 'F']:
    print(repr(spec), format(x, spec), format(-x, spec))
for v in [0.0, -0.0, 1e-7, 1e16, 123456789.0, 0.5, 2.5, 1.25, 1e-4, 100.0]:
    print(format(v, 'g'), format(v, '.2g'), format(v, 'e'), format(v, '.3f'), format(v, ''), format(v, '.6'))
print('%f %.2f %10.3f %-10.1f| %e %.3E %g %G' % (x, x, x, x, x, x, x, 1e-10))
print('%+.1f % .1f %05.1f %.0f %#.0f' % (2.5, 2.5, 2.5, 2.5, 2.5))
print('%.3g %.10g %g %g %g' % (1234567, 1234567, 0.0001, 0.00001, 1e15))
print('{:.2f} {:>8.3f} {:e} {:g} {:.0%}'.format(3.14159, 2.71828, 1e-3, 1e-3, 0.5))
print(f'{1.0}', f'{1.0:}', f'{1.0:g}', f'{1e20:f}', f'{1.5:.0f}', f'{0.5:.0f}', f'{2.5:.0f}')
print(format(1.0, '.17g'), format(0.1, '.17f'), format(0.1, '.20g'), format(2 / 3, '.15f'))
print(format(123.456, '.2'), format(123.456, '.5'), format(1e10, '.3'), format(1.5, '.1'))
print(format(1e100, 'f')[:20], len(format(1e100, 'f')))
