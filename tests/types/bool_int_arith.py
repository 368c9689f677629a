# bool is an int subclass: arithmetic, formatting, hashing and identity
print(True + True, True * 10, True / 2, False - 1, -True, ~False, True ** 2, 7 // True, 7 % True)
print(type(True + 0).__name__, type(True & True).__name__, type(True | 0).__name__, type(~True).__name__)
print(isinstance(True, int), issubclass(bool, int), int(True), float(False), str(True), repr(False))
print(bool(), bool(0), bool(1), bool(-1), bool('False'), bool([]), bool(None))
print(True == 1, False == 0, True is 1 == False, {True: 'a', 1: 'b'}, [True, 1].count(1))
print(sum([True, True, False]), max(True, 2), sorted([True, False, 0, 1]), [1, 2, 3][True])
print(f'{True}', f'{True:d}', f'{False:>5}', '%d %s %r' % (True, True, False), format(True, '08b'))
print(True.real, True.imag, True.numerator, True.conjugate(), (True).bit_length())
print(hash(True) == hash(1), hash(False) == hash(0), True.__and__(False), True.__or__(0))
try:
    bool.__new__(bool, 1) if False else bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(True and 3, False or 'x', not True, not False, True != False)
print(list(map(bool, [0, 0.0, 0j, '', (), {}, set(), range(0), 1, 'a', (0,)])))
print(bool.__name__, type(True).__name__, True.__class__ is bool)
