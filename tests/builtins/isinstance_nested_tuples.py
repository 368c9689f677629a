# isinstance/issubclass with nested tuples, subclasses, and error cases
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, (A,)))), isinstance(b, ()), isinstance(1, (str, (float, (int,)))))
print(issubclass(B, A), issubclass(B, (C, A)), issubclass(A, B), issubclass(A, A), issubclass(B, object), issubclass(bool, (str, int)))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(isinstance([], (list, tuple)), isinstance((), list), isinstance('s', str), isinstance(b's', (str, bytes)))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, 'x'),
            lambda: isinstance(1), lambda: issubclass(B(), A), lambda: isinstance(1, [int])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, (int, 1)))
print([isinstance(x, (int, float)) for x in [1, 1.5, '1', True, None, 1j]])
print(issubclass(int, object), issubclass(object, int), issubclass(type, object), issubclass(ValueError, (KeyError, Exception)))
print(isinstance(ValueError(), Exception), isinstance(ValueError, Exception), issubclass(KeyError, LookupError))
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance('magic', Magic), isinstance('other', Magic), issubclass(int, Magic), issubclass(str, Magic))
