# int() and float() builtin call forms
print(int(), int(0), int('10'), int('10', 8), int('10', base=2), int(' 0x10 ', 16), int(9.99), int(-9.99), int(True))
print(float(), float(0), float('10'), float(' -1e3 '), float(True), float('inf'), float(2 ** 60))
class N:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
print(int(N(3.7)), float(N(2)), int(N(-1)))
class OnlyIndex:
    def __index__(self):
        return 5
print(int(OnlyIndex()), float(OnlyIndex()))
class IntSub(int):
    pass
print(int(IntSub(7)), type(int(IntSub(7))).__name__, float(IntSub(7)))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return 'nope'
t(lambda: int(BadInt()))
t(lambda: int('10', 2.0))
t(lambda: int(x='1'))
t(lambda: float('1', 2))
t(lambda: int('1', 2, 3))
