# sorted()
print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)), sorted({3, 1}), sorted({'b': 1, 'a': 2}), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len), sorted(['bb', 'a', 'ccc'], key=len, reverse=True))
print(sorted([(1, 'b'), (1, 'a'), (0, 'c')]), sorted([[3], [1, 2], [1]]), sorted([-1, 3, -2], key=abs))
print(sorted('Hello World', key=str.lower), sorted([True, False, True]), sorted([2.5, 1, 1.5]))
l = [5, 4]
s = sorted(l)
print(s, l, s is l)
print(sorted(x % 5 for x in range(12)), sorted(iter([2, 1])), sorted(map(abs, [-3, 1])))
recs = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 2}, {'n': 'c', 'v': 1}]
print([r['n'] for r in sorted(recs, key=lambda r: r['v'])], [r['n'] for r in sorted(recs, key=lambda r: (r['v'], r['n']))])
print(sorted([], reverse=True), sorted([1], key=None), sorted(['b', 'a'], key=None, reverse=False))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sorted([1, 'a']))
t(lambda: sorted(5))
t(lambda: sorted([1], lambda x: x))
t(lambda: sorted([1, 2], key=lambda x: None))
two = lambda x, y: x
t(lambda: sorted([1, 2], key=two))
t(lambda: sorted())
t(lambda: sorted([1], bogus=True))
t(lambda: sorted([{}, {}]))
