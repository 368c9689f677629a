# str.format: fields, indexing, attribute access, conversions
print('{} {} {}'.format(1, 'a', [2]))
print('{0} {1} {0}'.format('x', 'y'), '{1}{0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Bob', age=5), '{0} {k}'.format(1, k=2))
print('{0[0]} {0[1]} {1[key]}'.format([10, 20], {'key': 'v'}), '{a[1][0]}'.format(a=[0, 'xy']))
class P:
    x = 3
    y = [7, 8]
print('{0.x} {0.y[1]} {p.x}'.format(P(), p=P()))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>8}|'.format('a'))
print('{{}} {{{0}}} {{0}}'.format(5), '{}'.format('{}'))
print('{:>5}|{:<5}|{:^5}|{:*^7}|{:05}'.format(1, 2, 3, 4, 5))
d = {'a': 1, 'b': 2}
print('{a}-{b}'.format(**d), '{}{}'.format(*'xy'), '{0}{0}'.format(*[9]))
print('{:{}}|'.format('ab', 5), '{:{w}.{p}f}'.format(3.14159, w=8, p=2), '{0:{1}{2}}|'.format('x', '>', 4))
print(str.format('{}-{}', 1, 2), '{}'.format(None), '{:}'.format(1.5))
print('{0}'.format(), 'no fields'.format(1, 2)) if False else print('no fields'.format(1, 2))
print('{} {}'.format(True, False), '{:d}'.format(True), '{:5}|'.format(True))
print('{0[-1]}'.format({-1: 'neg key'}) if False else '{0[1]}'.format('abc'))
print('{:,}'.format(1234567), '{:_}'.format(1234567), '{:,.2f}'.format(1234567.891))
print('{0:b} {0:o} {0:x} {0:X} {0:#b} {0:#o} {0:#x} {0:c}'.format(65))
