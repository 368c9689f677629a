# list methods with edge-case arguments
l = [3, 1, 2, 1, 3]
print(l.index(1), l.index(1, 2), l.index(3, -1), l.count(1), l.count(9), l.count(1.0))
for args in [(9,), (1, 4), (3, 1, 3), (1, 10, 0)]:
    try:
        print(l.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
l2 = l.copy()
l2.remove(1)
print(l2, l)
try:
    l2.remove(99)
except ValueError as e:
    print(type(e).__name__, e)
l2.insert(-100, 'first')
l2.insert(100, 'last')
l2.insert(-1, 'penult')
print(l2)
print(l2.pop(), l2.pop(0), l2.pop(-2), l2)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop('0'), lambda: [1].insert('a', 2), lambda: [].index()]:
    try:
        print(bad())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
l3 = [1, 2]
l3.extend(l3)
print(l3)
l3.extend(x * 10 for x in range(2))
l3.extend('ab')
l3.extend({5: 0})
print(l3)
try:
    l3.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
l3.reverse()
print(l3)
l3.clear()
print(l3, l3 == [], l3 is not None)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append('shared')
shallow[1] = 'replaced'
print(nested, shallow)
class EqAll:
    def __eq__(self, o): return True
print([1, 2, 3].index(EqAll()), [1, 2].count(EqAll()), EqAll() in [5])
m = [5, 3, 8]
print(m.sort(), m, m.append(1), m.extend([]), m.insert(0, 0), m)
