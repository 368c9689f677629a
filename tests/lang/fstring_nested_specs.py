# f-strings: nested replacement fields in format specs, conversions, expressions
w, p = 10, 3
x = 3.14159265
print(f'[{x:{w}.{p}f}]', f'[{x:<{w}}]', f'[{x:^{w}.2}]')
fill, align = '*', '>'
print(f'[{42:{fill}{align}{w}}]')
print(f'{"str"!r}', f'{"str"!s}', f'{"é"!a}', f'{3!r:>5}')
name = 'world'
print(f'hello {name.upper()}!', f'{name[1:3]}', f'{len(name) * 2}')
d = {'k': 'v'}
print(f"{d['k']}", f'{d["k"]}')
print(f'{{literal braces}}', f'{{{1 + 1}}}', f'{"{"}')
print(f'{1:+d} {-1:+d} {1: d} {255:#x} {255:#o} {5:#b} {255:X}')
print(f'{1234567:,} {1234567:_} {0.5:.0%} {1e-5:g} {123456789.0:e}')
print(f'{"abc":.2} {"abc":>6.1} {"x":03}')
print(f'{3 if x > 3 else 4}', f'{(lambda: "lam")()}')
print(f'{[i for i in range(3)]}', f'{ {1: 2} }', f'{(1, 2)}')
obj = 12.5
print(f'{obj:{"" if obj > 10 else "+"}.1f}')
print(f'a' f'b' 'c' f'{1}')
print(F'upper F {w}', rf'\n{w}', fr'\t{p}')
nested = f'{f"{w}"}'
print(nested, type(nested).__name__)
print(f'{x!r:.5}', f'{"abc"!r:^9}')
print(f'{-0.0}', f'{1e16}', f'{1.0:g}', f'{0.1 + 0.2}')
for v in [0, 7, -7, 1000]:
    print(f'{v:>6} | {v:<6} | {v:^6} | {v:06} | {v:=+6}')
try:
    f'{x:d}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{"s":d}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{undefined_var}')
except NameError as e:
    print(type(e).__name__, e)
