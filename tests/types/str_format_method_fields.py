# str.format field names: indexes, attributes, keys, auto-numbering, escaping, errors
class P:
    x = 3
    y = [10, 20]
print('{0} {1} {0}'.format('a', 'b'), '{} {}'.format(1, 2), '{a}-{b}'.format(a=1, b=2))
print('{0[1]} {0[0]}'.format(['x', 'y']), '{p.x} {p.y[1]}'.format(p=P()), '{d[key]} {d[1]}'.format(d={'key': 'v', 1: 'one'}))
print('{{}} {{{0}}}'.format(5), '{!r:>6}'.format('s'), '{0!s:^7}|'.format(1.5), '{:{w}.{p}f}'.format(3.14159, w=8, p=2))
print('{0:{1}}'.format('pad', 6) + '|', '{:*^{}}'.format('mid', 9), '{:>{width}}'.format('r', width=4))
print('{0.real} {0.imag}'.format(2 + 3j), '{[0]}'.format('str'), '{0[-1]}'.format({'-1': 'neg-key'}))
errors = ['{} {}', '{0} {}', '{x}', '{0[5]}', '{1}', '{', '}', '{0!x}', '{0.nope}', '{:d}', '{0:%}']
for fmt in errors:
    try:
        print(repr(fmt.format('arg0') if fmt != '{0[5]}' else fmt.format([1])))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
print(format(1234.5678, ',.2f'), format(0.000123, '.2e'), format(42, '^+8d'), format('x', '<3') + '|')
print('{:,}'.format(10 ** 10), '{:_x}'.format(2 ** 32), '{:#010b}'.format(5), '{:.3s}'.format('abcdef'))
print('{0}{1}{0}'.format(*'ab'), '{name}{name}'.format(**{'name': 'N'}), '{}'.format(None), '{}'.format([1, '2']))
print('{:>8.3}'.format('truncated'), '{:08.3f}'.format(-3.14159), '{:+.1e}'.format(12345.678), '{:g}'.format(1e-10))
print('{:%}'.format(0.125), '{:.1%}'.format(2 / 3), '{:n}'.format(1234), '{:c}'.format(65), '{:o}'.format(8), '{:X}'.format(255))
print('{0:=^10}'.format('hi'), '{:=10}'.format(-5), '{: }'.format(5), '{:-}'.format(5))
print('{0}'.format(*[1, 2]), 'no fields'.format(1, 2, k=3), '{a[0]}'.format(a=(9,)))
