# bin(), hex(), oct()
for n in [0, 1, -1, 7, 8, 255, -255, 1024, 2 ** 64, -(2 ** 64) + 1, True]:
    print(n, bin(n), hex(n), oct(n))
class I:
    def __index__(self):
        return 42
print(bin(I()), hex(I()), oct(I()))
print(int(bin(12345), 2), int(hex(12345), 16), int(oct(12345), 8))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bin(1.0))
t(lambda: hex('a'))
t(lambda: oct([]))
t(lambda: bin())
t(lambda: hex(1, 2))
