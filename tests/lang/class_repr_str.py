# __repr__ / __str__ / __format__
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both-str'
b = Both()
print(b, repr(b), str(b), [b], (b,), {'k': b})
print('%s %r' % (b, b), '{} {!r}'.format(b, b), f'{b} {b!r}')
class OnlyRepr:
    def __repr__(self):
        return 'OR'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class OnlyStr:
    def __str__(self):
        return 'OS'
print(OnlyStr(), str(OnlyStr()))
print(repr(OnlyStr()).startswith('<'))
class Fmt:
    def __format__(self, spec):
        return 'F<' + spec + '>'
print(format(Fmt(), '^10'), '{:xyz}'.format(Fmt()), f'{Fmt():!}')
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print('TypeError', e)
class StrSub(str):
    pass
class RetSub:
    def __str__(self):
        return StrSub('sub')
print(str(RetSub()), type(str(RetSub())).__name__)
class Rec:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return 'Rec(%r)' % self.children
r = Rec()
r.children.append(Rec())
print(r)
class IntLike(int):
    def __repr__(self):
        return 'IntLike(%d)' % self
print(repr(IntLike(5)), [IntLike(5)], '%d' % IntLike(5), IntLike(5) + 1)
print(format(IntLike(5), '03'))
