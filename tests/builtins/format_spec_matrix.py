# format() builtin across types and spec options
ints = [0, 7, -7, 255, 10 ** 6]
specs_i = ['', 'd', '5d', '<5', '^6', '>+5', ' d', '05d', ',', '_', 'x', '#x', '#X', 'o', '#o', 'b', '#b', 'c' , 'e', '.2f', '%', '=+8', '*^9', 'n']
for s in specs_i:
    out = []
    for v in ints:
        try:
            out.append(format(v, s))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(s), out)
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e16, float('inf'), float('nan')]
specs_f = ['', 'f', '.0f', '.3f', 'e', '.2E', 'g', '.3g', 'G', '%', '.1%', '10.2f', '<10', '+', ' ', ',.2f', '_', '08.2f', '#.0f', '#g', '.0e', 'n']
for s in specs_f:
    out = []
    for v in floats:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append(type(e).__name__)
    print(repr(s), out)
for s in ['', 's', '10', '<10', '^10', '>10', '.2', '*^7.3', '=5', '+', 'd', ',']:
    try:
        print(repr(s), repr(format('text', s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for v, s in [(True, ''), (True, 'd'), (None, ''), ([1], ''), ((1, 2), ''), (None, '>5')]:
    try:
        print(repr(format(v, s)))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
