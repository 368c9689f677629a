# int arithmetic error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: 5 // 0)
t(lambda: 5 % 0)
t(lambda: 5 / 0)
t(lambda: divmod(5, 0))
t(lambda: 2 ** 100 // 0)
t(lambda: 2 ** 100 % 0)
t(lambda: (2 ** 100) / 0)
t(lambda: 1 << -1)
t(lambda: 1 >> -5)
# messages below are C-implementation details in CPython: compare type only
def tn(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__)
tn(lambda: 1 << 2 ** 100)
t(lambda: float(10 ** 400))
t(lambda: 10 ** 400 * 1.0)
t(lambda: (1).bit_length(1))
tn(lambda: int.bit_length())
t(lambda: 5 + None)
t(lambda: 5 & 1.5)
t(lambda: 5 < None)
t(lambda: (5).real(1))
t(lambda: round(5, 1.5))
tn(lambda: [0] * (2 ** 100))
tn(lambda: 'x' * (2 ** 100))
t(lambda: hex(1.5))
t(lambda: bin('1'))
t(lambda: oct(None))
tn(lambda: chr(2 ** 100))
