# str.maketrans / str.translate and bytes.maketrans / translate
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc-abc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print('abcabc'.translate(t2))
t3 = str.maketrans({'a': '1', 'b': None, 'c': 'CC', ord('d'): 'D'})
print(sorted(t3.items()), 'abcd'.translate(t3))
print('hello'.translate({ord('l'): ord('L')}), 'hello'.translate({}), ''.translate(t))
print('héllo'.translate({ord('é'): 'e'}))
class Lookup:
    def __getitem__(self, k):
        if k == ord('x'):
            raise LookupError
        return chr(k).upper()
print('axbx'.translate(Lookup()))
for bad in [lambda: str.maketrans('ab', 'x'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans(1),
            lambda: 'a'.translate({ord('a'): 1.5}), lambda: str.maketrans('a', 'b', 5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
bt = bytes.maketrans(b'abc', b'ABC')
print(len(bt), b'aabbcc'.translate(bt), b'abcdef'.translate(None, b'bd'), b'abc'.translate(bt, b'a'))
print(bytearray(b'cab').translate(bt))
try:
    b'x'.translate(b'short')
except ValueError as e:
    print(type(e).__name__, e)
rot13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                      'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
msg = 'Hello, World!'
print(msg.translate(rot13), msg.translate(rot13).translate(rot13))
