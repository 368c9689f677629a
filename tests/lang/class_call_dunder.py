# __call__ on instances, callable(), calling classes
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5))
print(list(map(add5, [1, 2, 3])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(NotCallable), callable(NotCallable()))
class Chain:
    def __init__(self, parts=()):
        self.parts = parts
    def __call__(self, p):
        return Chain(self.parts + (p,))
    def __repr__(self):
        return 'Chain' + repr(self.parts)
print(Chain()(1)('a')(None))
class Inst:
    pass
i = Inst()
i.__call__ = lambda: 'instance attr'
try:
    i()
except TypeError as e:
    print(type(e).__name__, e)
class Meta:
    def __call__(self):
        return 'meta call'
class Sub(Meta):
    pass
print(Sub()())
class StatefulCounter:
    def __init__(self):
        self.count = 0
    def __call__(self):
        self.count += 1
        return self.count
c = StatefulCounter()
print([c() for _ in range(4)], c.count)
print(sorted([3, 1, 2], key=Adder(0)))
class BadArgs:
    def __call__(self, a):
        return a
try:
    BadArgs()(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
