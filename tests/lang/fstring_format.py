# f-strings with __format__ / __str__ / __repr__
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'P(%r)' % self.x
    def __str__(self):
        return 'P:' + str(self.x)
    def __format__(self, spec):
        return 'fmt[' + spec + ']'
p = P(3)
print(f'{p}', f'{p!s}', f'{p!r}', f'{p:abc}', f'{p:}')
print(format(p, 'q'), format(p))
print('{} {!r} {:z}'.format(p, p, p))
class Q:
    def __str__(self):
        return 'Qstr'
print(f'{Q()}', f'{Q()!s}', format(Q(), ''))
try:
    print(f'{Q():x}')
except TypeError as e:
    print('TypeError', e)
vals = [1, 22, 333]
for v in vals:
    print(f'|{v:>5}|{v:<5}|{v:^5}|{v:05}|')
print(f'{"x":>{3}}', f'{12:{"<"}{4}}|')
fmt = '.3f'
print(f'{2/3:{fmt}}')
print(f"{'a' 'b'}")
print(f'{3:{"x"}}')
print(f"{'{'}{'}'}")
t = (1, 2)
print(f'{t}', f'{t!r}', f'{t[0]}{t[1]}')
