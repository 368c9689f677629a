# the in / not in operators on all container types
print(1 in [1, 2], 3 in [1, 2], 1 in (1,), 1 not in ())
print('a' in 'abc', 'ac' in 'abc', '' in '', 'abc' in 'abc')
print(b'a' in b'abc', 97 in b'abc', b'' in b'x', 98 in bytearray(b'b'))
print('k' in {'k': 1}, 1 in {'k': 1}, 'k' in {'k': 1}.keys(), 1 in {'k': 1}.values())
print(('k', 1) in {'k': 1}.items(), ('k', 2) in {'k': 1}.items())
print(2 in {1, 2}, 2 in frozenset([2]), 5 in range(10), 5 in range(0, 10, 2), -1 in range(5))
print(1.0 in [1], True in [1], 1 in [True], None in [None], [] in [[]])
print(10 ** 20 in range(10 ** 21), 3.0 in range(5), 2.5 in range(5))
nan = float('nan')
print(nan in [nan], float('nan') in [nan])
class AlwaysEq:
    def __eq__(self, o):
        return True
print(5 in [AlwaysEq()], AlwaysEq() in [5])
print('x' in iter('abx'), 3 in (i for i in range(5)))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: 1 in 5)
t(lambda: 1 in 'abc')
t(lambda: [] in {1})
t(lambda: [] in {1: 2})
t(lambda: 'a' in b'abc')
t(lambda: 300 in b'abc')
t(lambda: None in 'abc')
