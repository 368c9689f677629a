# float() parse errors
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: float(''))
t(lambda: float(' '))
t(lambda: float('abc'))
t(lambda: float('1.5.5'))
t(lambda: float('1e'))
t(lambda: float('e5'))
t(lambda: float('1__0'))
t(lambda: float('_1'))
t(lambda: float('1_'))
t(lambda: float('0x10'))
t(lambda: float('1,5'))
t(lambda: float('- 1'))
t(lambda: float('infinit'))
t(lambda: float('nan1'))
t(lambda: float(None))
t(lambda: float([]))
t(lambda: float('1j'))
t(lambda: float(1j))
t(lambda: float(b'x'))
t(lambda: float(10 ** 400))
class BadF:
    def __float__(self):
        return 'x'
t(lambda: float(BadF()))
