# upy-exp: handwritten: CPython spends minutes on 2 ** (2 ** 40) and 1 << (2 ** 40) before failing; upy raises MemoryError at once (the heap budget is known). Every other line matches CPython 3.11.
# Bad input gives Python exceptions, never a crash.
def attempt(label, f):
    try:
        f()
        print(label, 'no error')
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__)

attempt('str repeat', lambda: 'a' * 10 ** 12)
attempt('list repeat', lambda: [0] * 10 ** 10)
attempt('bytes repeat', lambda: b'ab' * 10 ** 12)
attempt('tuple repeat', lambda: (1, 2) * 10 ** 11)
attempt('huge pow', lambda: 2 ** (2 ** 40))
attempt('huge shift', lambda: 1 << (2 ** 40))

def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print('RecursionError', isinstance(e, RuntimeError))

class Loop:
    def __getattr__(self, name):
        return self.missing
try:
    Loop().x
except RecursionError:
    print('RecursionError in __getattr__')

try:
    eval('(' * 10000 + ')' * 10000)
except (SyntaxError, MemoryError, RecursionError) as e:
    print(type(e).__name__)
try:
    eval('[' * 10000 + ']' * 10000)
except (SyntaxError, MemoryError, RecursionError) as e:
    print(type(e).__name__)
for src in ['def f(:', 'x = = 1', '1 +', 'class', "'unterminated", 'if True:\nprint(1)', ')', 'a b']:
    try:
        compile(src, '<bad>', 'exec')
    except SyntaxError as e:
        print(type(e).__name__)
