# collections.OrderedDict
from collections import OrderedDict
od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), list(od.values()), list(od.items()))
od.move_to_end('b')
print(list(od))
od.move_to_end('c', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([('x', 1), ('y', 2)])
od3 = OrderedDict([('y', 2), ('x', 1)])
print(od2 == od3, dict(od2) == dict(od3), od2 == {'y': 2, 'x': 1})
od2['x'] = 100
print(od2)
del od2['x']
od2['x'] = 'readded'
print(od2)
print(OrderedDict.fromkeys('abc', 0), OrderedDict(a=1, b=2))
print(isinstance(od2, dict), len(od2), 'y' in od2, od2.get('zz', 'default'))
print(list(reversed(OrderedDict([(1, 'a'), (2, 'b')]))))
od4 = OrderedDict(z=1)
od4.update([('a', 2)], q=3)
print(od4, od4.copy() == od4, od4.setdefault('n', 9), od4.pop('z'), od4)
print(repr(OrderedDict()), OrderedDict() == OrderedDict())
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: OrderedDict().popitem())
t(lambda: OrderedDict().move_to_end('x'))
t(lambda: OrderedDict()['missing'])
