# subclassing builtin types
class MyInt(int):
    def double(self):
        return MyInt(self * 2)
i = MyInt(21)
print(i, i.double(), i + 1, type(i + 1).__name__, type(i.double()).__name__)
print(isinstance(i, int), i == 21, hash(i) == hash(21))
class MyStr(str):
    def shout(self):
        return self.upper() + '!'
s = MyStr('hi')
print(s, s.shout(), len(s), s + ' there', type(s + 'x').__name__, s == 'hi')
class MyList(list):
    def sum(self):
        return sum(self)
l = MyList([1, 2, 3])
l.append(4)
print(l, l.sum(), len(l), l[1:], type(l[1:]).__name__, isinstance(l, list))
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = MyDict(a=1)
print(d['A'], d, len(d), 'a' in d)
class MyTuple(tuple):
    def first(self):
        return self[0]
t = MyTuple((5, 6))
print(t, t.first(), t + (7,), type(t + (7,)).__name__)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
p = Pair(1, 2)
print(p, p[0], len(p))
class MyErr(Exception):
    pass
try:
    raise MyErr('custom', 1)
except Exception as e:
    print(type(e).__name__, e.args, isinstance(e, MyErr))
class MyFloat(float):
    pass
print(MyFloat(1.5) * 2, type(MyFloat(1.5)).__name__)
class Attrs(list):
    pass
a = Attrs()
a.note = 'attrs allowed'
print(a.note, a)
class MySet(set):
    pass
ms = MySet([1, 2])
print(sorted(ms | {3}), type(ms).__name__, 2 in ms)
class DD(dict):
    def __init__(self):
        super().__init__()
        self['init'] = True
print(DD())
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in 'abca':
    c.add(ch)
print(sorted(c.items()))
