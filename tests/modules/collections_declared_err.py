# collections.deque declared once: arity/keyword errors of each method style, __init__'s keywords, normal calls, subclass
from collections import deque, OrderedDict, namedtuple
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.rotate(); d.rotate(-2)
print(d, d.pop(), d.popleft(), d.index(3), d.index(3, 0, 5), d.count(1), d.maxlen)
d.insert(1, 9); d.extend([7]); d.extendleft([8]); d.remove(9); print(d, d.copy(), len(d), 3 in d, d[0])
d[0] = 5; del d[1]; print(d, d == deque(d), d + deque([1]), d * 2, list(reversed(d)))
for name in ['append', 'pop', 'rotate', 'clear', 'count', 'index', 'insert', '__copy__']:
    m = getattr(d, name)
    t(lambda: m(1, 2, 3, 4))
    t(lambda: m(x=1))
t(lambda: d.append())
t(lambda: d.index())
t(lambda: d.insert(1))
t(lambda: d.rotate(1, 2))
t(lambda: d.extend())
t(lambda: deque(1, 2, 3))
t(lambda: deque([], 2, x=3))
t(lambda: deque(x=1))
t(lambda: deque(iterable=[1], maxlen=2))
t(lambda: deque([1], maxlen=-1))
t(lambda: deque([1], maxlen='a'))
t(lambda: deque.__new__(deque, 1, 2, 3))
class D(deque):
    pass
x = D([1], 3); x.append(2); x.extend([3, 4]); print(x, type(x).__name__, x.maxlen)
od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(list(od))
P = namedtuple('P', 'x y'); print(P(1, 2), P.__module__)
# descriptor misuse: CPython names the type collections.deque
for f in (lambda: deque.append(1, 2), lambda: deque.__len__(1)):
    try: f()
    except TypeError: print("TypeError")
