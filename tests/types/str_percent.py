# printf-style % formatting
print('%s %s' % ('a', 'b'), '%s' % 'only', '%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),))
print('%d %i %u' % (42, -7, 3), '%d' % 3.99, '%d' % True, '%d' % 2 ** 70)
print('%5d|%-5d|%05d|%+d|% d|%+05d' % (42, 42, 42, 42, 42, -42))
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8), '%x' % -255, '%#o' % 0)
print('%e %E %f %F %g %G' % (12345.678, 12345.678, 12345.678, 12345.678, 12345.678, 0.00001234))
print('%.2f %.0f %10.3f %-10.1f| %.3e %.10g' % (3.14159, 2.5, 3.14159, 3.14159, 12345.678, 1 / 3))
print('%c %c %c' % ('x', 65, 0x4e2d), '%r %a' % ('é', 'é'), '%s' % None)
print('%%', '%d%%' % 50, '100%%' % ())
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30}, '%(x)s %(x)r' % {'x': 'v'})
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
print('%10s|%-10s|%.2s|%5.1s|' % ('abc', 'abc', 'abc', 'abc'))
print('%s %r' % (b'by', b'by'), '%5s|' % True, '%r' % 1.0, '%s' % 1e20)
print(b'%s %d %x %c %b' % (b'bytes', 5, 255, 65, b'B'), b'%5s|%-4d|' % (b'ab', 3), b'%%')
class C:
    def __str__(self):
        return 'C-str'
    def __repr__(self):
        return 'C-repr'
print('%s %r' % (C(), C()), '%s' % [C()])
print('%.3s' % 'abcdef', '%-6.2f|' % 1.005, '%06.2f' % -1.5, '%+.1e' % 0.0)
print('%i' % 1e5, '%x' % True, '%o' % 2 ** 65, '%X' % (2 ** 64 - 1))
print('%s' % {'a': 1}, '%(a)s' % {'a': [1]}, '%s %s' % tuple('ab'))
print('a' '%s' % 'b', '%s' % ('x' 'y'))
