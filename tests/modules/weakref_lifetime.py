# Weak references die with their referent (at the next collection) and
# run their callbacks once; references that are still reachable live on.
import gc
import weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

log = []
def cb(ref):
    log.append(("cb", ref() is None))

a = Node("a")
b = Node("b")
a.other, b.other = b, a          # a cycle, kept alive by the names
ra = weakref.ref(a, cb)
rb = weakref.ref(b)
print(weakref.getweakrefcount(a), weakref.getweakrefcount(b))
gc.collect()
print(ra().name, rb().name, log)
del a, b                         # now only the cycle holds them
gc.collect()
print(ra(), rb(), log, repr(ra).endswith("; dead>"))
gc.collect()
print(log)

# A container keeps its items alive; removing the item frees it.
items = [Node(i) for i in range(3)]
refs = [weakref.ref(n) for n in items]
gc.collect()
print([r() is not None for r in refs])
del items[1]
gc.collect()
print([r() is not None for r in refs])

# A callback that raises is reported and otherwise ignored.
def bad(ref):
    raise ValueError("in callback")
n = Node("n")
rn = weakref.ref(n, bad)
del n
gc.collect()
print("after bad callback", rn())

# Referents that cannot be weakly referenced.
for v in (1, "s", (1,), [1], {}):
    try:
        weakref.ref(v)
    except TypeError as e:
        print("TypeError:", e)
