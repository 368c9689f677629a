# array.array declared once: arity/keyword errors of its methods and of __new__, normal calls, subclass
from array import array
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
a = array('i', [1, 2, 3])
a.append(4); a.insert(0, 0); a.extend([5]); a.frombytes(bytes(4)); a.fromlist([6])
print(a, a.pop(), a.pop(0), a.index(2), a.index(3, 1, 5), a.count(1), a.tolist(), len(a))
a.remove(0); a.reverse(); print(a, a.tobytes()[:4], a.__copy__(), a == array('i', a), a + array('i', [9]), a * 2)
for name in ['append', 'pop', 'count', 'index', 'insert', 'tolist', 'extend', 'frombytes', 'fromlist', 'buffer_info', '__copy__']:
    m = getattr(a, name)
    t(lambda: m(1, 2, 3, 4))
    t(lambda: m(x=1, y=2))
t(lambda: a.append())
t(lambda: a.index())
t(lambda: a.insert(1))
t(lambda: a.pop(1, 2))
t(lambda: array())
t(lambda: array('i', [], 3))
t(lambda: array('i', x=1))
t(lambda: array(typecode='i'))
t(lambda: array(1))
t(lambda: array('i', 'ab'))
class A(array):
    pass
x = A('b', [1]); x.append(2); print(x, type(x).__name__, x.typecode, x.itemsize)
it = iter(x); print(next(it), list(it))
# descriptor misuse: CPython names the type array.array
for f in (lambda: array.append(1, 2), lambda: array.__len__(1)):
    try: f()
    except TypeError: print("TypeError")
