# float formatting with very large precisions (>= 65535 digits) must not crash
cases = [(1.5, '.65534e'), (1.5, '.65535e'), (0, '.65535e'), (1.5, '.65536f'), (2.0, '.70000e'), (1.5, '.70000g'),
         (1.0, '.70000%'), (2 ** 100, '.70000f'), (0.1, '.100000f')]
for v, spec in cases:
    s = format(v, spec)
    print(spec, len(s), s[:12], s[-6:])
print(len('%.65536f' % 1.0), len('%.70000e' % 2.0), len(f'{1.5:.70000e}'), len('{:.70000g}'.format(1.5)))
z = format(1 + 1j, '.70000f')
print(len(z), z[:8])
