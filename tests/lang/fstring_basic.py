# f-strings
x = 42
name = 'World'
print(f'Hello {name}!')
print(f'{x}', f'{x + 1}', f'{x * 2 = }')
print(f'{x=}', f'{name=}', f'{x = }', f'{x=:5d}|', f'{name=!s}')
print(f'{name!r}', f'{name!s}', f'{name!a}', f'{"é"!a}')
print(f'{{}}', f'{{x}}', f'{{{x}}}')
print(f'{x:5}|{x:<5}|{x:^5}|{x:>5}|')
print(f'{x:05d}', f'{x:x}', f'{x:X}', f'{x:o}', f'{x:b}', f'{x:#x}', f'{x:#b}')
print(f'{3.14159:.2f}', f'{3.14159:10.3f}|', f'{1234567.891:,.2f}', f'{0.25:%}', f'{0.25:.0%}')
print(f'{1e10:e}', f'{1e10:.2E}', f'{123.456:g}', f'{1e-7:g}')
w = 8
p = 3
print(f'{3.14159:{w}.{p}f}|')
print(f'{name:*^{w + 4}}')
d = {'k': 'v', 'n': 1}
print(f"{d['k']}", f'{d["n"]}')
print(f'{[1, 2, 3][1]}', f'{(lambda: 5)()}')
print(f'{"nested " + f"{x}"}')
print(f'{x if x > 10 else 0}')
print(f'a' f'b' 'c' f'{x}')
print(F'{x}', rf'\n{x}', fr'\t{x}')
print(f'{-x:+d}', f'{x:+d}', f'{x: d}', f'{1000000:_}', f'{255:_b}')
print(f'''{x}
{name}''')
print(f'{x!r:>6}|', f'{name!r:^12}|')
print(f'{"abc":.2}', f'{"abc":5}|')
print(f'{True}', f'{None}', f'{1.0}', f'{1j}')
print(f'{x}'.__class__.__name__)
