# all() and any()
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 1]))
print(all('abc'), any(''), all([[]]), any([[]]), all([None]), any([None, '', 0, 0.0, 'x']))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]), all(range(1, 5)), all(range(5)))
print(all({1: 0}), any({0: 1}), all((1, True, 'a')), any(set()), all(iter([1])))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 0, 1, 1, 1]), calls)
calls.clear()
print(all(check(v) for v in [1, 1, 0, 1]), calls)
class Truthy:
    def __bool__(self):
        return True
print(all([Truthy(), Truthy()]), any([Truthy()]))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: all(5))
t(lambda: any(None))
t(lambda: all())
t(lambda: any([1], [2]))
