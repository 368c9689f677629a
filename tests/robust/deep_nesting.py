# Nested data deeper than the recursion limit: repr and comparisons raise RecursionError at CPython's depth, quickly (a 200,000-deep list took 31 s), and work below it
def nest(n, wrap):
    a = wrap(None)
    for i in range(n):
        a = wrap(a)
    return a
kinds = [("list", lambda x: [x]), ("tuple", lambda x: (x,)), ("dict", lambda x: {1: x})]
for name, wrap in kinds:
    deep = nest(10000, wrap)
    for what, op in [("repr", repr), ("str", str), ("eq", lambda a: a == nest(10000, wrap))]:
        try:
            op(deep)
            print(name, what, "ok")
        except RecursionError as e:
            print(name, what, "RecursionError:", e)
    deep = None
    shallow = nest(800, wrap)
    print(name, len(repr(shallow)), shallow == nest(800, wrap))
a = nest(10000, lambda x: [x])
try:
    a < nest(10000, lambda x: [x])
except RecursionError as e:
    print("lt RecursionError:", e)
# A container holding itself is shown once.
l = [1]
l.append(l)
d = {}
d[1] = d
print(repr(l), repr(d), repr([l, (l,)]))
# Recursion inside a __repr__ counts too.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def __repr__(self):
        return "N(" + repr(self.nxt) + ")"
n = None
for i in range(200):
    n = Node(n)
print(len(repr(n)))
for i in range(10000):
    n = Node(n)
try:
    repr(n)
except RecursionError:
    print("user repr RecursionError")
