# abs() and divmod()
print(abs(5), abs(-5), abs(0), abs(-0.0), abs(-2.5), abs(3 + 4j), abs(True), abs(-(2 ** 100)))
print(abs(float('-inf')), abs(float('nan')))
class A:
    def __abs__(self):
        return 'custom abs'
print(abs(A()))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3), divmod(True, True))
print(divmod(0, 1), divmod(1, -1), divmod(-1, 1.5), divmod(5, 0.5))
class D:
    def __divmod__(self, o):
        return ('divmod', o)
    def __rdivmod__(self, o):
        return ('rdivmod', o)
print(divmod(D(), 3), divmod(3, D()))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: abs('x'))
t(lambda: abs(None))
t(lambda: abs())
t(lambda: abs(1, 2))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: divmod('a', 1))
t(lambda: divmod(1j, 1))
t(lambda: divmod(1))
