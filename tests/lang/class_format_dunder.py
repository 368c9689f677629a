# __format__, __str__, __repr__ used by format(), str(), f-strings, %-formatting
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec == '':
            return str(self)
        if spec == 'words':
            return '%d dollars and %d cents' % divmod(self.cents, 100)
        if spec.startswith('>'):
            return format(str(self), spec)
        raise ValueError('bad Money format %r' % spec)
    def __str__(self):
        return '$%d.%02d' % divmod(self.cents, 100)
    def __repr__(self):
        return 'Money(%d)' % self.cents
m = Money(12345)
print(format(m), format(m, 'words'), f'{m:>12}|', f'{m!r:>12}|', f'{m!s}')
print('%s %r' % (m, m), '{} {!r} {:words}'.format(m, m, m))
try:
    format(m, 'xyz')
except ValueError as e:
    print(type(e).__name__, e)
class NoFormat:
    def __str__(self): return 'NoFormat-str'
print(format(NoFormat()), f'{NoFormat()}', '{}'.format(NoFormat()))
try:
    format(NoFormat(), '>10')
except TypeError as e:
    print(type(e).__name__, e)
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr()'
print(str(OnlyRepr()), f'{OnlyRepr()}', [OnlyRepr()])
class OnlyStr:
    def __str__(self): return 'only-str'
print(str(OnlyStr()), [str(OnlyStr())])
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return None
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
class IntLike(int):
    def __format__(self, spec):
        return 'IntLike<' + int.__format__(self, spec) + '>'
print(f'{IntLike(42):05d}', format(IntLike(7), 'x'))
class StrSub(str):
    def __str__(self): return 'overridden'
print(str(StrSub('orig')), StrSub('orig') + '!', '%s' % StrSub('x'))
