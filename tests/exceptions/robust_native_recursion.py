# Recursion through native code (attribute hooks, sort keys, repr) raises
# RecursionError even with a high recursion limit; it never overflows the
# native stack.
import sys
sys.setrecursionlimit(5000)
class Loop:
    def __getattr__(self, n):
        return self.x
try:
    Loop().y
except RecursionError:
    print('RecursionError')
def f(n):
    return sorted([1, 2], key=lambda x: f(n + 1))
try:
    f(0)
except RecursionError:
    print('RecursionError')
class R:
    def __repr__(self):
        return repr([self])
try:
    repr(R())
except RecursionError:
    print('RecursionError')
print('still running')
