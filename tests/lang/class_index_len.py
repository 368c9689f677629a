# __index__ and __len__ used by builtins and syntax
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
two = Idx(2)
data = ['a', 'b', 'c', 'd', 'e']
print(data[two], data[two:], data[:Idx(-1)], data[::two], 'xyz'[Idx(1)], (1, 2, 3)[two])
print(list(range(two)), bin(two), hex(Idx(255)), oct(Idx(8)), 'ab' * two, [0] * Idx(3), bytes(Idx(2)))
print(int(two), chr(Idx(65)), format(Idx(7), 'b') if False else format(7, 'b'))
print(data.pop(Idx(0)), data, data.insert(Idx(1), 'ins'), data)
print(round(1.23456, Idx(2)), (10).to_bytes(Idx(2), 'big'))
class Len:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Len(0)), len(Len(5)), bool(Len(0)), bool(Len(1)))
class Both:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i + 100
print(list(Both()), list(reversed(Both())), 101 in Both(), sorted(Both(), reverse=True))
import array
print(array.array('i', [1, 2, 3])[Idx(1)])
