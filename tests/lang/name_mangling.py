# private name mangling
class A:
    __secret = 'a secret'
    def __init__(self):
        self.__priv = 'private'
        self._prot = 'protected'
        self.__dunder__ = 'dunder not mangled'
    def get(self):
        return self.__priv, self.__secret
    def __hidden(self):
        return 'hidden method'
    def call_hidden(self):
        return self.__hidden()
a = A()
print(a.get(), a._prot, a.__dunder__, a.call_hidden())
print(a._A__priv, A._A__secret, a._A__hidden())
try:
    a.__priv
except AttributeError:
    print('AttributeError __priv')
print(sorted(k for k in a.__dict__))
class B(A):
    def __init__(self):
        super().__init__()
        self.__priv = 'B private'
    def getb(self):
        return self.__priv
b = B()
print(b.get(), b.getb(), sorted(b.__dict__))
class _Under:
    def __m(self):
        return 'm'
    def call(self):
        return self.__m()
print(_Under().call(), hasattr(_Under, '_Under__m'))
class C:
    def f(self):
        return getattr(self, '__x', 'getattr not mangled')
    __x = 1
print(C().f())
