# set error paths
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2}
t(lambda: s.remove(9))
t(lambda: set().pop())
t(lambda: s.add([1]))
t(lambda: {[1]})
t(lambda: {{1}})
t(lambda: set(5))
t(lambda: s[0])
t(lambda: s + {3})
t(lambda: s | [3])
t(lambda: s & 'a')
t(lambda: s < [1])
t(lambda: s.union(5))
t(lambda: hash(s))
t(lambda: [] in s)
t(lambda: s.discard({}))
t(lambda: frozenset([1]).add(2))
def mutate():
    x = {1, 2, 3}
    for v in x:
        x.add(v + 10)
t(mutate)
def setitem():
    s[0] = 1
t(setitem)
print(s)
