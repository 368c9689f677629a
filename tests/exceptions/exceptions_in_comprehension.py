# exceptions raised inside comprehensions and lambdas
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: [1 / x for x in [1, 2, 0]])
t(lambda: {x: [][x] for x in range(1)})
t(lambda: {int(s) for s in ['1', 'two']})
t(lambda: list(x.upper() for x in ['a', 1]))
t(lambda: [y for y in undefined_iterable])
t(lambda: [z for z in range(3) if z / (z - 1)])
t(lambda: sorted([3, 1, 2], key=lambda v: 1 / (v - 2)))
t(lambda: list(map(lambda v: {}[v], [1])))
t(lambda: sum(int(c) for c in '12a'))
t(lambda: max(x for x in []))
t(lambda: [a for a, b in [(1, 2), (3,)]])
results = []
for v in ['1', 'x', '3']:
    try:
        results.append(int(v))
    except ValueError:
        results.append(None)
print(results)
def safe(f, default):
    try:
        return f()
    except Exception:
        return default
print([safe(lambda: 10 // d, 'div0') for d in [5, 0, 2]])
