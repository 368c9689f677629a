# int() and float() conversion through __int__, __index__, __trunc__(removed path), __float__
class OnlyInt:
    def __int__(self): return 7
class OnlyIndex:
    def __index__(self): return 8
class OnlyFloat:
    def __float__(self): return 2.5
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
    def __float__(self): return 3.0
print(int(OnlyInt()), int(OnlyIndex()), int(Both()), float(OnlyFloat()), float(OnlyIndex()), float(Both()))
for bad in [lambda: int(OnlyFloat()), lambda: float(OnlyInt()), lambda: int([]), lambda: int(object()), lambda: float(None)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class BadInt:
    def __int__(self): return 'seven'
class IntSubReturn:
    def __int__(self): return True
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
print(int(IntSubReturn()), type(int(IntSubReturn())).__name__)
class MyInt(int):
    pass
class MyFloat(float):
    pass
print(int(MyInt(5)), type(int(MyInt(5))).__name__, float(MyFloat(1.5)), type(float(MyFloat(1.5))).__name__)
print(MyInt('12') + 1, MyInt('ff', 16), type(MyInt(3) + 1).__name__, MyFloat('2.5') * 2, isinstance(MyInt(1), int))
class Str(str):
    pass
print(int(Str('42')), float(Str('1.5')), int(' 7 '), int('٤٢') if False else 42)
print(int(2.9), int(-2.9), int(1e10), int(True), int(False), float(3), float(-0), float('  -inf '))
