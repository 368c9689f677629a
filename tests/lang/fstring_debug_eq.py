# f-string self-documenting expressions (=)
a = 5
b = 'text'
print(f'{a=}')
print(f'{b=}')
print(f'{a + 1=}')
print(f'{a = }')
print(f'{a=:>4}')
print(f'{b=!s}')
print(f'{b=!r:>8}')
print(f'{a*2=}, {b.upper()=}')
x = 1.5
print(f'{x=:.3f}')
items = [1, 2]
print(f'{items=}', f'{len(items)=}')
print(f'{None=}', f'{True=}')
d = {'k': 1}
print(f"{d['k']=}")
