# truthiness: __bool__ and __len__
class T:
    def __bool__(self):
        return True
class F:
    def __bool__(self):
        return False
class L0:
    def __len__(self):
        return 0
class L2:
    def __len__(self):
        return 2
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Plain:
    pass
for c in (T, F, L0, L2, Both, Plain):
    o = c()
    print(c.__name__, bool(o), not o, 'yes' if o else 'no')
print(F() or 'fallback', T() and 'second')
n = 0
while L2():
    n += 1
    if n > 2:
        break
print(n)
print([bool(x) for x in (0, 1, -1, 0.0, 0.1, '', ' ', [], [0], (), {}, {0: 0}, set(), None, 0j, range(0), range(1), b'', bytearray())])
class Counting:
    calls = 0
    def __bool__(self):
        Counting.calls += 1
        return False
c = Counting()
if not c and not c:
    pass
print(Counting.calls)
print(any([F(), T()]), all([T(), F()]))
