# bool and None
print(True, False, repr(True), str(False), type(True).__name__)
print(True + True, True * 3, True / 2, True // 1, -True, ~True, ~False, True ** 2)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True + 0).__name__)
print(bool(), bool(0), bool(1), bool(-1), bool(''), bool('0'), bool(None), bool([]), bool([None]))
print(int(True), float(True), str(True), complex(True))
print(True == 1, False == 0, True is True, True == 1.0, isinstance(True, int))
print(hash(True) == hash(1), {True: 'a', 1: 'b'}, [True, 1].count(1))
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]))
print(True and 'x', False or 'y', not True, not None)
print(f'{True}', '%s %d %r' % (True, True, False), '{:d} {}'.format(True, False), format(True, '^6'))
print(None, repr(None), str(None), type(None).__name__, None is None, None == None)
print(None == 0, None == False, None != [], bool(None))
def f():
    pass
print(f() is None, [None] * 2, {None: None})
print(True.real, True.imag, True.numerator, (True).bit_length())
print('%5s|%-6s|' % (True, None))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: None + 1)
t(lambda: None < 1)
n = None
t(lambda: n[0])
t(lambda: len(None))
t(lambda: iter(None))
t(lambda: True + 'a')
t(lambda: type(None)(1))
t(lambda: type(True)('x', 'y'))
