# Compiling scopes with tens of thousands of names is linear (a def with 40,000 parameters took 10 s, a call with 100,000 keywords 29 s)
n = 40000
src = "def f(" + ", ".join("a%d" % i for i in range(n)) + "):\n    return a0 + a%d\n" % (n - 1)
ns = {}
exec(src, ns)
print(ns["f"](*range(n)))
src = "def g():\n" + "".join("    v%d = %d\n" % (i, i) for i in range(50000)) + "    return v0 + v49999\n"
exec(src, ns)
print(ns["g"]())
src = "def h(**kw):\n    return len(kw), kw['k0'], kw['k19999']\nr = h(" + ", ".join("k%d=%d" % (i, i) for i in range(20000)) + ")\n"
exec(src, ns)
print(ns["r"])
src = "def k(" + ", ".join("a%d" % i for i in range(3000)) + ", a1):\n    pass\n"
try:
    exec(src, ns)
except SyntaxError as e:
    print("SyntaxError:", e.msg)
src = "h(" + ", ".join("k%d=%d" % (i, i) for i in range(3000)) + ", k5=1)\n"
try:
    exec(src, ns)
except SyntaxError as e:
    print("SyntaxError:", e.msg)
