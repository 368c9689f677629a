# globals() and locals()
gv = 'global value'
print(globals()['gv'], 'gv' in globals(), globals() is globals(), type(globals()).__name__)
globals()['created'] = 'made via globals()'
print(created)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    return locals()
print(g())
def h():
    x = 1
    l = locals()
    return 'x' in l, 'gv' in l, 'gv' in globals()
print(h())
print(locals() is globals() or locals() == globals())
class K:
    a = 1
    names = sorted(n for n in locals() if not n.startswith('__'))
print(K.names)
print(globals()['__name__'], '__builtins__' in globals())
def counter():
    globals()['gcount'] = globals().get('gcount', 0) + 1
counter(); counter()
print(gcount)
