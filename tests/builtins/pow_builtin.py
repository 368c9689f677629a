# pow()
print(pow(2, 8), pow(2, -2), pow(2.0, 3), pow(-2, 3), pow(2, 0), pow(0, 0), pow(1.5, 2))
print(pow(2, 8, 10), pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(2, 0, 3), pow(10 ** 20, 10 ** 20, 97))
print(pow(4, -1, 7), pow(3, -2, 11), pow(38, -1, 97), pow(base=2, exp=5), pow(2, exp=3, mod=5))
print(pow(1j, 2), pow(2, 0.5), pow(-8, 2.0), pow(True, 5), pow(2, True))
class P:
    def __pow__(self, e, m=None):
        return ('pow', e, m)
    def __rpow__(self, b):
        return ('rpow', b)
print(pow(P(), 2), pow(P(), 2, 3), pow(3, P()), P() ** 5, 5 ** P())
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2.5, 2, 3))
t(lambda: pow('2', 2))
t(lambda: pow(0, -1))
t(lambda: pow(0.0, -1.0))
t(lambda: pow(2))
t(lambda: pow(2, 3, 4, 5))
