# zip(): uneven lengths, strict=True, laziness, unzipping
print(list(zip('abc', [1, 2])), list(zip()), list(zip('ab')), list(zip([], 'abc')), list(zip(range(3), 'xyz', (True,) * 3)))
print(list(zip('ab', 'xy', strict=True)))
for args in [('abc', 'xy'), ('ab', 'xyz'), ('a', 'b', 'cd')]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
nums, lets = zip(*pairs)
print(nums, lets, list(zip(*zip(*pairs))) == pairs)
log = []
def gen(name, n):
    for i in range(n):
        log.append((name, i))
        yield i
z = zip(gen('A', 3), gen('B', 2))
print(list(z), log)
z2 = zip(iter([1, 2, 3]), iter([]))
print(list(z2))
it = iter(range(6))
print(list(zip(it, it)), list(zip(*[iter('abcdefg')] * 3)))
for bad in [lambda: zip(1), lambda: zip('a', None), lambda: zip('a', strict=1, foo=2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(dict(zip('abc', range(3))), [a * b for a, b in zip([1, 2, 3], [4, 5, 6])], type(zip()).__name__)
m = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*m)], list(map(sum, zip(*m))))
