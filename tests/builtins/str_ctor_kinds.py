# str() constructor: objects, bytes with encodings, __str__ vs __repr__, subclasses
print(str(), str(5), str(-1.5), str(None), str(True), str([1, 'a']), str((1,)), str({'a': 1}), str(b'x'), str(1j))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(bytearray(b'hi'), 'utf-8'), str(b'\xff', 'utf-8', 'replace'))
print(str(object=42), str(memoryview(b'mv'), 'utf-8'))
for bad in [lambda: str('already str', 'utf-8'), lambda: str(5, 'utf-8'), lambda: str(b'\xff', 'utf-8'), lambda: str(b'x', 'bogus'),
            lambda: str(1, 2, 3, 4)]:
    try:
        print(bad())
    except (TypeError, UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
class OnlyRepr:
    def __repr__(self): return 'R!'
class Both:
    def __str__(self): return 'S!'
    def __repr__(self): return 'R!'
print(str(OnlyRepr()), str(Both()), repr(Both()), str([Both()]), '%s %r' % (Both(), Both()))
class MyStr(str):
    def shout(self): return self.upper() + '!'
m = MyStr('hey')
print(m.shout(), str(m), type(str(m)).__name__, type(m + 'x').__name__, m == 'hey', len(m), m[1:])
class StrReturnsSub:
    def __str__(self): return MyStr('sub')
r = str(StrReturnsSub())
print(r, type(r).__name__ in ('str', 'MyStr'))
print(str(str), str(int).startswith("<class 'int'"), str(ValueError('msg')), str(KeyError('k')), str(Exception()))
