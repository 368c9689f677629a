# print() keyword arguments: sep, end, file=None, flush; conversion via str()
print('a', 'b', 'c', sep='-')
print('a', 'b', sep='')
print('no newline', end='')
print(' <- joined')
print('x', end='!\n')
print(1, 2, 3, sep=', ', end=' END\n')
print()
print(sep='unused')
print('single', sep='xx')
print(None, True, 1.5, [1, 'a'], {'k': (1,)}, b'raw')
print('multi\nline', 'second')
print('a', 'b', sep=None, end=None)
print('file none', file=None)
print('flush', flush=True)
class S:
    def __str__(self): return 'S.__str__'
    def __repr__(self): return 'S.__repr__'
print(S(), [S()], (S(),))
for bad in [dict(sep=5), dict(end=[1]), dict(foo=1), dict(file=5)]:
    try:
        print('x', **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class BadStr:
    def __str__(self): raise ValueError('no str for you')
try:
    print('before', BadStr())
except ValueError as e:
    print(type(e).__name__, e)
print(*range(5), sep='')
print(*'abc', sep='|', end='|\n')
print(*[])
print('', '', sep='*')
