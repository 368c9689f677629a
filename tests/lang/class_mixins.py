# mixin classes composing behaviour through the MRO
class ReprMixin:
    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, v) for k, v in sorted(vars(self).items()))
        return '%s(%s)' % (type(self).__name__, fields)
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class OrderMixin:
    def _key(self):
        return tuple(sorted(vars(self).items()))
    def __lt__(self, o): return self._key() < o._key()
    def __le__(self, o): return self._key() <= o._key()
    def __gt__(self, o): return self._key() > o._key()
    def __ge__(self, o): return self._key() >= o._key()
class SerializeMixin:
    def to_dict(self):
        d = {'__type__': type(self).__name__}
        d.update(vars(self))
        return d
class Point(ReprMixin, EqMixin, OrderMixin, SerializeMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print(pts)
print(sorted(pts))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3), Point(1, 2) <= Point(1, 2))
print(Point(3, 4).to_dict())
print([c.__name__ for c in Point.__mro__])
try:
    {Point(0, 0)}
except TypeError as e:
    print(type(e).__name__, e)
class LoggingMixin:
    def log(self, msg):
        self.logs = getattr(self, 'logs', []) + [msg]
class Account(LoggingMixin, ReprMixin):
    def __init__(self, bal):
        self.bal = bal
    def withdraw(self, amt):
        if amt > self.bal:
            self.log('denied %d' % amt)
            return False
        self.bal -= amt
        self.log('ok %d' % amt)
        return True
a = Account(10)
print(a.withdraw(4), a.withdraw(8), a)
print(max(pts), min(pts), Point(0, 0) > Point(0, -1))
