# type() one-arg form, isinstance(), issubclass()
for v in [1, 1.0, 1j, 'a', b'a', bytearray(), [], (), {}, set(), frozenset(), None, True, range(1), slice(1),
          object(), type, int, Exception(), ..., NotImplemented]:
    t = type(v)
    print(t.__name__, isinstance(v, t), t is v.__class__)
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(int, bool))
print(isinstance(1, (str, (list, int))), isinstance('x', ()), issubclass(str, (int, object)))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), issubclass(type, object))
print(isinstance(KeyError(), Exception), issubclass(KeyError, LookupError), issubclass(Exception, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
class A: pass
class B(A): pass
print(type(B()) is B, type(B()) is A, isinstance(B(), A), type(B) is type, type(A()).__name__)
print(isinstance(A, object), issubclass(A, object), issubclass(object, A))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: type())
t(lambda: type(1, 2))
t(lambda: isinstance(1))
t(lambda: isinstance(1, 'int'))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, [int]))
