# Arity errors of sys functions, worded as CPython's
import sys

for f in ['sys.exit(1,2)', 'sys.exit(x=1)', 'sys.exc_info(1)', 'sys.getrecursionlimit(1)', 'sys.setrecursionlimit()',
          'sys.setrecursionlimit(1,2)', 'sys.setrecursionlimit(x=1)', 'sys.intern()', 'sys.intern(1,2)', 'sys.getsizeof()',
          'sys.getsizeof(1,2,3)', 'sys.getsizeof(object=1, default=2) > 0', 'sys.getsizeof(x=1)', 'sys.intern(string="a")',
          'sys.getsizeof([], y=2)', 'sys.getsizeof(1, object=2)', 'sys.intern("ab") == "ab"']:
    try:
        print(f, eval(f))
    except (TypeError, SystemExit) as e:
        print(f, type(e).__name__, e)
for code in [None, 0, 3, 'bye']:
    try:
        sys.exit(code) if code is not None else sys.exit()
    except SystemExit as e:
        print(repr(e.args), e.code)
