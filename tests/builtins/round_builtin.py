# round()
print(round(1.5), round(2.5), round(-1.5), round(0.5), round(-0.5), round(1.4999), round(7), round(-7))
print(round(3.14159, 2), round(3.14159, 0), round(3.14159, -1), round(1234.5678, -2), round(1234, -2), round(1250, -2))
print(round(2.5, None), round(5, None), round(True), round(1e20), round(-1e-20), round(0.0), round(-0.0))
print(type(round(1.2)).__name__, type(round(1.2, 1)).__name__, type(round(5, 1)).__name__, type(round(5, -1)).__name__)
print(round(2 ** 100, -10), round(-(2 ** 70) + 5, -1), round(123, 5), round(0.000123456, 5))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
print(round(-2.675, 2), round(1e-10, 12), round(5e-1, 0), round(4.5), round(5.5), round(6.5))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: round('1.5'))
t(lambda: round(1.5, 1.5))
t(lambda: round(float('inf')))
t(lambda: round(float('nan')))
t(lambda: round())
t(lambda: round(None))
t(lambda: round(1j))
print(round(float('inf'), 2), round(float('nan'), 1))
