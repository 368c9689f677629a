# __eq__ and __hash__ interplay, default identity semantics
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and o.k == self.k
    def __hash__(self):
        return hash(self.k)
d = {Key(1): 'one', Key(2): 'two'}
print(d[Key(1)], Key(2) in d, Key(3) in d)
s = {Key(1), Key(1), Key(2)}
print(len(s))
class Child(Key):
    pass
print(Child(1) == Key(1), d.get(Child(1)))
class EqOnly(Key):
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None)
class EqAndKeep(Key):
    def __eq__(self, o):
        return True
    __hash__ = Key.__hash__
print(hash(EqAndKeep(5)) == hash(5))
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, len({a, b, a}))
class Const:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return isinstance(o, Const)
print(len({Const(), Const()}))
class CollideNotEq:
    def __hash__(self):
        return 7
x, y = CollideNotEq(), CollideNotEq()
print(len({x, y}), x in {x}, y in {x})
print(hash(1) == hash(1.0) == hash(True), {1: 'a', 1.0: 'b', True: 'c'})
print({0: 'z', False: 'f'}, hash(-1) == hash(-1.0))
class BadHash:
    def __hash__(self):
        return 'str'
try:
    hash(BadHash())
except TypeError as e:
    print('TypeError', e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(isinstance(hash(BigHash()), int))
