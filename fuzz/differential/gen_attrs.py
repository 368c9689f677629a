"""Generate a random program of attribute operations (reads, writes,
deletes, method calls, __dict__ edits, __class__ and class changes) on a
small random class hierarchy. Usage: gen_attrs.py SEED > prog.py"""
import random, sys
seed = int(sys.argv[1]); r = random.Random(seed)
names = ["a", "b", "c", "d", "e"]
out = []
ncls = r.randint(1, 5)
out.append("class Base:\n    k = 'base'\n    def m(self):\n        return 'Base.m'\n")
for i in range(ncls):
    base = r.choice(["Base", "object"] + ["C%d" % j for j in range(i)])
    body = []
    if r.random() < 0.3:
        body.append("    k = %d" % i)
    if r.random() < 0.3:
        body.append("    def m(self):\n        return 'C%d.m'" % i)
    if r.random() < 0.15:
        body.append("    @property\n    def c(self):\n        return 'prop%d'" % i)
    if r.random() < 0.1:
        body.append("    def __getattr__(self, n):\n        return 'ga_' + n")
    if not body:
        body.append("    pass")
    out.append("class C%d(%s):\n%s\n" % (i, base, "\n".join(body)))
out.append("""
def rd(o, n):
    try:
        if n == 'a': return o.a
        if n == 'b': return o.b
        if n == 'c': return o.c
        if n == 'd': return o.d
        if n == 'e': return o.e
    except Exception as ex:
        return type(ex).__name__
def wr(o, n, v):
    try:
        if n == 'a': o.a = v
        elif n == 'b': o.b = v
        elif n == 'c': o.c = v
        elif n == 'd': o.d = v
        elif n == 'e': o.e = v
    except Exception as ex:
        return type(ex).__name__
def dl(o, n):
    try:
        if n == 'a': del o.a
        elif n == 'b': del o.b
        elif n == 'c': del o.c
        elif n == 'd': del o.d
        elif n == 'e': del o.e
    except Exception as ex:
        return type(ex).__name__
def mt(o):
    try:
        return o.m()
    except Exception as ex:
        return type(ex).__name__
def kk(o):
    try:
        return o.k
    except Exception as ex:
        return type(ex).__name__
objs = []
""")
nobj = r.randint(2, 8)
for i in range(nobj):
    out.append("objs.append(C%d())" % r.randrange(ncls))
for step in range(r.randint(20, 120)):
    o = r.randrange(nobj)
    x = r.random()
    n = r.choice(names)
    if x < 0.35:
        out.append("print(%d, rd(objs[%d], %r))" % (step, o, n))
    elif x < 0.65:
        out.append("print(%d, wr(objs[%d], %r, %d))" % (step, o, n, step))
    elif x < 0.72:
        out.append("print(%d, dl(objs[%d], %r))" % (step, o, n))
    elif x < 0.8:
        out.append("print(%d, mt(objs[%d]), kk(objs[%d]))" % (step, o, o))
    elif x < 0.84:
        out.append("objs[%d].__dict__[%r] = 'dd%d'" % (o, n, step))
    elif x < 0.87:
        out.append("objs[%d].__dict__.pop(%r, None)" % (o, n))
    elif x < 0.9:
        out.append("setattr(objs[%d], ''.join([%r]), 'sa%d')" % (o, n, step))
    elif x < 0.93:
        out.append("objs[%d].m = lambda: 'inst%d'" % (o, step))
    elif x < 0.95 and ncls > 1:
        out.append("try:\n    objs[%d].__class__ = C%d\nexcept TypeError as ex:\n    print('TE')" % (o, r.randrange(ncls)))
    elif x < 0.97:
        out.append("C%d.%s = 'cls%d'" % (r.randrange(ncls), n, step))
    else:
        out.append("objs[%d] = C%d()" % (o, r.randrange(ncls)))
out.append("print(sorted((i, sorted((k, 'fn' if callable(v) else v) for k, v in vars(o).items())) for i, o in enumerate(objs)))")
final = []
for line in out:
    if line.startswith(("objs[", "setattr(", "C")) and not line.startswith("class"):
        line = "try:\n    " + line + "\nexcept Exception as ex:\n    print(type(ex).__name__)"
    final.append(line)
print("\n".join(final))
