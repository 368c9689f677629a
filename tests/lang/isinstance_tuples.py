# isinstance / issubclass with tuples and nested tuples
print(isinstance(1, (str, int)), isinstance(1, (str, float)))
print(isinstance('a', (int, (float, (str,)))))
print(isinstance(True, int), isinstance(1, bool))
print(isinstance([], (list, tuple)), isinstance((), (list, tuple)))
print(isinstance(1, ()), issubclass(int, ()))
print(issubclass(bool, (str, int)), issubclass(float, (int, str)))
class A: pass
class B(A): pass
class C: pass
print(issubclass(B, (C, A)), issubclass(A, (B, C)))
print(isinstance(B(), (C, (A,))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(issubclass(B, B), issubclass(B, object))
print(isinstance(1.0, (int,)), isinstance(1j, complex))
print(isinstance(KeyError(), LookupError), issubclass(ZeroDivisionError, ArithmeticError))
def t(fn):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, (1, int)))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(B(), A))
