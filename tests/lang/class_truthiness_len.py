# truth value testing: __bool__, __len__, their precedence and errors
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print('bool called')
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print('len called')
        return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
class Neither:
    pass
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), len(Both()))
print(bool(Neither()))
if L(2):
    print('L(2) truthy')
print('yes' if B(False) else 'no')
print(not L(0), B(True) and 'and-result', L(0) or 'or-result')
while L(0):
    print('never')
print([x for x in [L(0), L(1)] if x].__len__())
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return 'x'
try:
    len(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
class RaisingBool:
    def __bool__(self): raise RuntimeError('no truth')
try:
    if RaisingBool():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    pass
print(bool(IntSub(0)), bool(IntSub(7)))
class ListSub(list):
    def __len__(self): return 0
print(bool(ListSub([1, 2])))
print(bool(0.0), bool(-0.0), bool(0j), bool(''), bool(' '), bool(()), bool((0,)), bool(range(0)), bool(b''))
