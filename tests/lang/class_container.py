# container protocol dunders
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        print('contains', v)
        return v in self.items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        return iter(['rev'] + self.items[::-1])
    def __repr__(self):
        return 'Seq%r' % (tuple(self.items),)
s = Seq(1, 2, 3, 4)
print(len(s), s[0], s[-1], s[1:3], s[::2])
s[0] = 'x'
del s[1]
print(s, 3 in s, 9 in s, 9 not in s)
print(list(s), list(reversed(s)), sorted(str(v) for v in s))
class GetOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(GetOnly()), 20 in GetOnly(), 25 in GetOnly())
for v in GetOnly():
    print('iter', v)
class KeyObj:
    def __getitem__(self, k):
        return 'key=%r' % (k,)
k = KeyObj()
print(k[1], k['a'], k[1, 2], k[1:2], k[::3], k[...])
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), len(Sized()))
class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Iter()), sum(Iter()), max(Iter()))
a, b, c = Iter()
print(a, b, c)
class Missing(dict):
    def __missing__(self, k):
        return 'missing ' + str(k)
m = Missing(a=1)
print(m['a'], m['b'], m.get('b'))
class Lenless:
    def __iter__(self):
        return iter([5, 6])
print(list(Lenless()), 5 in Lenless())
