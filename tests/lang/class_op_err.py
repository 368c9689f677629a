# operator errors with user-defined classes
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class A:
    pass
class B:
    def __add__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
a, b = A(), B()
t(lambda: a + 1)
t(lambda: 1 + a)
t(lambda: a - a)
t(lambda: a * 'x')
t(lambda: a < a)
t(lambda: a <= 1)
t(lambda: 1 > a)
t(lambda: b + 1)
t(lambda: b < 1)
t(lambda: -a)
t(lambda: abs(a))
t(lambda: ~a)
t(lambda: a @ a)
t(lambda: a ** 2)
t(lambda: divmod(a, 1))
t(lambda: a[0])
t(lambda: a())
t(lambda: int(a))
t(lambda: float(a))
t(lambda: len(a))
def iadd():
    x = A()
    x += 1
t(iadd)
t(lambda: a == a)
t(lambda: a != 1)
t(lambda: round(a))
t(lambda: [1, 2][a])
t(lambda: hash(a) == hash(a))
