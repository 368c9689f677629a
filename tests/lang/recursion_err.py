# RecursionError on unbounded recursion
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError caught')
print(issubclass(RecursionError, RuntimeError))
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print('mutual recursion caught')
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print('repr recursion caught')
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(200))
def after():
    return 'still works'
print(after())
class G:
    def __getattr__(self, n):
        return self.other
try:
    G().x
except RecursionError:
    print('getattr recursion caught')
l = []
l.append(l)
print(l)
d = {}
d['self'] = d
print(d)
