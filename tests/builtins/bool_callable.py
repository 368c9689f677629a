# bool() and callable()
print(bool(), bool(0), bool(1), bool(''), bool('a'), bool([]), bool([0]), bool(None), bool(0.0), bool(-0.0), bool(0j))
print(bool(float('nan')), bool(range(0)), bool({}), bool(set()), bool(frozenset([0])), bool(b''), bool(bytearray(1)))
class B:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 3
print(bool(B()), bool(L()), bool(object()), bool(B), bool(int))
print(callable(len), callable(print), callable(int), callable(lambda: 0), callable(5), callable('s'), callable(None))
class C:
    def __call__(self):
        return 1
    def m(self):
        pass
print(callable(C), callable(C()), callable(C().m), callable(C.m), callable(B()), callable(type), callable(object()))
def gen():
    yield
print(callable(gen), callable(gen()), callable([].append), callable(str.upper), callable(classmethod))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bool(1, 2))
t(lambda: callable())
t(lambda: callable(1, 2))
t(lambda: bool(x=1))
