# bytes/bytearray find, rfind, index, rindex, count with ints and ranges
b = b'abracadabra'
print(b.find(b'bra'), b.rfind(b'bra'), b.find(b'x'), b.find(b''), b.rfind(b''), b.find(b'a', 1), b.find(b'a', 1, 3))
print(b.find(97), b.rfind(97), b.find(ord('d')), b.count(b'a'), b.count(97), b.count(b''), b.count(b'ab', 2))
print(b.index(b'c'), b.rindex(b'a'), b.index(98, 2), bytearray(b).find(b'cad'))
print(b.find(b'a', -3), b.rfind(b'a', 0, -1), b.find(b'', 11), b.find(b'', 12))
for bad in [lambda: b.index(b'x'), lambda: b.rindex(b'zz'), lambda: b.find(256), lambda: b.find(-1),
            lambda: b.find('a'), lambda: b.count(1.0), lambda: b.index(120)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b'a' in b, 97 in b, b'' in b, b'abc' in bytearray(b'xabcx'), 0 in b'\x00')
try:
    print(256 in b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print('a' in b)
except TypeError as e:
    print(type(e).__name__, e)
data = bytes(range(20)) * 3
positions = []
i = data.find(5)
while i != -1:
    positions.append(i)
    i = data.find(5, i + 1)
print(positions, data.count(bytes([5, 6])))
print(b'hello'.isalpha(), b'h3llo'.isalnum(), b'123'.isdigit(), b'  '.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Ab Cd'.istitle())
print(b'Hello World'.swapcase(), b'hello world'.title(), b'hello'.capitalize(), b'HeLLo'.lower(), b'HeLLo'.upper())
print(b'\xe9abc'.upper(), b''.isdigit(), b'ab'.center(6, b'*'), b'7'.zfill(3), b'a\tb'.expandtabs(4))
