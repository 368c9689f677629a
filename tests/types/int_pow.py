# integer power and modular pow
print(2 ** 0, 2 ** 1, 2 ** 62, 2 ** 63, 2 ** 64, 2 ** 127)
print((-2) ** 63, (-2) ** 64, (-1) ** 1001, 0 ** 5, 1 ** 10 ** 6)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, type(2 ** -1).__name__)
print(7 ** 77)
print(pow(2, 3), pow(2, 3, 5), pow(2, 100, 1000), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(0, 0, 5), pow(5, 0, 1), pow(5, 1, 1), pow(123, 456, 789))
print(pow(3, -1, 7), pow(2, -1, 9), pow(5, -2, 13), pow(10 ** 20, -1, 10 ** 9 + 7))
print(pow(2, 10 ** 6, 10 ** 9 + 7), pow(7, 2 ** 70, 13))
print(pow(2.0, 3), pow(2, 0.5), pow(4, 0.5), pow(-8, 1 / 3) if False else 'skip')
print(pow(-1, 0.5) if False else (-1) ** 2, type(pow(2, 2)).__name__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2.0, 3, 5))
t(lambda: pow(2, 3.0, 5))
t(lambda: pow(0, -1))
t(lambda: 0 ** -2)
t(lambda: pow(2, 'x'))
t(lambda: pow(2, 2, 'x'))
