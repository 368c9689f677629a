# objects with __index__ accepted by hex/oct/bin/chr/range/indexing/slicing/repetition/int
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(hex(I(255)), oct(I(8)), bin(I(5)), chr(I(65)), list(range(I(3))), list(range(I(1), I(7), I(2))))
print('abcdef'[I(2)], 'abcdef'[I(1):I(4)], [0, 1, 2][I(-1)], (1, 2, 3)[I(0)], b'xyz'[I(1)])
print('ab' * I(3), [0] * I(2), I(2) * 'cd', bytes(I(3)), bytearray(I(2)))
print(int(I(42)), float(I(7)) if False else 'float-skip', complex(I(2)) if False else 'complex-skip')
print(round(2.567, I(2)), format(I(10), 'x') if False else 'fmt-skip')
l = [1, 2, 3, 4]
l[I(0)] = 'first'
del l[I(-1)]
print(l, l.pop(I(0)), l)
print(operator_index := I(9).__index__())
class NotIndex:
    def __int__(self): return 3
for bad in [lambda: hex(NotIndex()), lambda: 'abc'[NotIndex()], lambda: [1] * NotIndex(), lambda: range(NotIndex())]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class BadIndex:
    def __index__(self): return 'x'
try:
    hex(BadIndex())
except TypeError as e:
    print(type(e).__name__, e)
print(int(NotIndex()), True.__index__(), (5).__index__())
