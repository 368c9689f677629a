# bytes methods
b = b'Hello, World'
print(b.upper(), b.lower(), b.swapcase(), b.capitalize(), b.title())
print(b.find(b'o'), b.rfind(b'o'), b.find(b'z'), b.index(b'W'), b.rindex(b'l'), b.count(b'l'), b.find(111))
print(b.startswith(b'Hell'), b.endswith(b'ld'), b.startswith((b'x', b'H')), b.endswith(b'', 5))
print(b.split(b', '), b'a b  c'.split(), b'a,b,c'.split(b',', 1), b'a,b,c'.rsplit(b',', 1), b''.split())
print(b'  pad  '.strip(), b'xxyxx'.strip(b'x'), b'  l'.lstrip(), b'r  '.rstrip(), b'abc'.strip(b'ac'))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b'a=b'.partition(b'='), b'a=b=c'.rpartition(b'='))
print(b'abc'.replace(b'b', b'XX'), b'aaa'.replace(b'a', b'b', 2), b'l1\nl2\r\nl3'.splitlines(), b'x\ny\n'.splitlines(True))
print(b'abc'.center(7, b'*'), b'abc'.ljust(5), b'abc'.rjust(5, b'0'), b'42'.zfill(5), b'-4'.zfill(4))
print(b'abc'.isalpha(), b'123'.isdigit(), b'ab1'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Ab Cd'.istitle())
print(b'\xe9'.isalpha(), b''.isalpha(), b'a\tb'.expandtabs(4), b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'))
print(b'hello'.translate(None, b'l'), b'abc'.translate(bytes.maketrans(b'abc', b'xyz')), b'abc'.isascii(), b'\x80'.isascii())
print(b'abc'.decode(), b'abc'.count(b''), b'aaa'.count(b'a', 1), b'abcabc'.index(b'c', 3))
