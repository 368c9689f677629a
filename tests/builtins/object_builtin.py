# object() and default object behaviour
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != o, o is not object(), bool(o))
print(hasattr(o, '__dict__'), hasattr(o, '__class__'), o.__class__ is object)
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError', e)
class Plain:
    pass
p = Plain()
print(str(p) == repr(p), repr(p).startswith('<'), p.__eq__(p), p.__eq__(Plain()), p.__ne__(p))
print(object.__name__, Plain.__bases__ == (object,), Plain.__mro__[-1] is object)
print(p.__hash__() == hash(p), object.__hash__(p) == hash(p))
print(object.__new__(Plain).__class__ is Plain)
print(object().__eq__(1), object().__lt__(1) if hasattr(object, '__lt__') else NotImplemented)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: object(1))
t(lambda: object() < object())
t(lambda: object() + 1)
t(lambda: len(object()))
t(lambda: object()[0])
