# % formatting takes a tuple subclass (namedtuple, os.uname()) as its argument tuple; builtin methods are hashable
from collections import namedtuple
import os
P = namedtuple('P', 'x y')
print('%d %d' % P(1, 2), '%s/%r' % P('a', 'b'))
class T(tuple):
    pass
print('%s+%s' % T((3, 4)), b'%d-%d' % T((5, 6)))
try:
    print('%d' % T((1, 2)))
except TypeError as e:
    print('TypeError', e)
u = os.uname()
print('%s %s %s %s %s' % u == ' '.join(u))
a = []
print(hash(list.pop) == hash(list.pop), hash(a.append) == hash(a.append), len({len, abs, list.pop, dict.get}))
print(a.append == a.append, a.append == [].append, a.append != a.append, {a.append: 3}[a.append])
d = {list.pop: 1, str.upper: 2}
print(d[list.pop], d[str.upper])
