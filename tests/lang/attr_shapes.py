# Instance attributes read and written through the same code sites while
# instances get their attributes in different orders, lose them, or have
# their __dict__ changed directly.

class P:
    def __init__(self, order):
        for name in order:
            setattr(self, name, name.upper())

class Q:
    def __init__(self, a, b, first_b=False):
        if first_b:
            self.b = b
            self.a = a
        else:
            self.a = a
            self.b = b
    def total(self):
        return self.a + self.b

def read_ab(o):
    return o.a, o.b

def write_a(o, v):
    o.a = v

qs = [Q(1, 2), Q(3, 4, True), Q(5, 6), Q(7, 8, True)]
for _ in range(3):
    print([read_ab(q) for q in qs], [q.total() for q in qs])
for i, q in enumerate(qs):
    write_a(q, i * 10)
print([read_ab(q) for q in qs], [list(vars(q)) for q in qs])

ps = [P("ab"), P("ba"), P("abc"), P("cab")]
print([read_ab(p) for p in ps])

# Deleting and re-adding changes where an attribute lives.
q = Q(1, 2)
del q.a
try:
    read_ab(q)
except AttributeError as e:
    print("AttributeError:", e)
q.a = 100
print(read_ab(q), list(vars(q)))

# Writing the instance dict directly.
q = Q(1, 2)
q.__dict__["a"] = "direct"
print(read_ab(q))
q.__dict__.clear()
try:
    read_ab(q)
except AttributeError as e:
    print("AttributeError:", e)
q.__dict__.update(a=5, b=6)
print(read_ab(q), q.total())

# A method shadowed by an instance attribute on one instance only.
r1, r2 = Q(1, 1), Q(2, 2)
r2.total = lambda: "shadowed"
print([r.total() for r in (r1, r2, r1, r2)])

# Many attributes, more than any inline cache holds.
class Many:
    pass
m = Many()
for i in range(100):
    setattr(m, "f%d" % i, i)
def read_f50(o):
    return o.f50
print(read_f50(m), sum(vars(m).values()))
ms = []
for k in range(5):
    o = Many()
    for i in range(k, 60):
        setattr(o, "f%d" % i, i * k)
    ms.append(o)
print([read_f50(o) for o in ms])

# Many classes through one site.
classes = [type("C%d" % i, (), {}) for i in range(8)]
objs = []
for i, c in enumerate(classes):
    o = c()
    o.a, o.b = i, -i
    objs.append(o)
print([read_ab(o) for o in objs] * 2)
