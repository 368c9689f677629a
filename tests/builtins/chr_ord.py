# chr() and ord()
print(chr(65), chr(97), chr(48), chr(32), repr(chr(0)), repr(chr(127)), chr(233), chr(0x4e2d), chr(0x1f600))
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\x00'), ord('é'), ord('中'), ord('😀'), ord('\U0010ffff'))
print(ord(b'A'), ord(bytearray(b'z')), ord(b'\xff'))
print(''.join(chr(ord(c) + 1) for c in 'HAL'), [ord(c) for c in 'abc'], chr(True))
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
class I:
    def __index__(self):
        return 66
print(chr(I()))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr(65.0))
t(lambda: chr('A'))
t(lambda: ord(''))
t(lambda: ord('ab'))
t(lambda: ord(65))
t(lambda: ord(b''))
t(lambda: ord(b'ab'))
t(lambda: ord(None))
