# __ne__ defaults to the inverse of __eq__; reflected comparison rules
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('E.__eq__', self.v, getattr(o, 'v', o))
        return isinstance(o, E) and self.v == o.v
print(E(1) != E(1), E(1) != E(2))
class L:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print('L.__lt__')
        return self.v < o.v
    def __gt__(self, o):
        print('L.__gt__')
        return self.v > o.v
print(L(1) > L(2))
print(L(1) < L(2))
class Sub(L):
    def __gt__(self, o):
        print('Sub.__gt__')
        return True
print(L(1) < Sub(2))
class Only:
    def __eq__(self, o):
        return NotImplemented
a = Only()
print(a == a, a != a, a == Only(), a != 1)
class G:
    def __ge__(self, o):
        return 'G.__ge__ result'
print(G() >= 1, 1 <= G())
