# print() with sep, end, file, flush
import sys
print()
print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep='--')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='\n', end='!\n')
print(1, 2.5, None, True, [1], (2,), {'k': 'v'}, 'str', b'bytes')
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
print(*range(5), sep=', ')
print('a', sep=None, end=None)
print('b', 'c', sep=None)
print('', end='')
print('')
print('multi\nline')
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('captured', 42, file=w, sep='|')
print(w.parts)
print('to None file', file=None)
class S:
    def __str__(self):
        return 'S!'
print(S(), [S()] if False else 'list-skipped')
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: print('x', sep=1))
t(lambda: print('x', end=5))
t(lambda: print('x', file=5))
t(lambda: print('x', bogus=1))
