# zip()
print(list(zip()), list(zip([1, 2, 3])), list(zip('ab', 'cd')), list(zip([1, 2, 3], 'ab')), list(zip(range(3), [], 'x')))
print(list(zip(*[(1, 'a'), (2, 'b')])), dict(zip('abc', range(3))), list(zip('ab', 'cd', 'ef')))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z), iter(z) is z, type(z).__name__)
consumed = iter([1, 2, 3, 4])
print(list(zip(consumed, 'ab')), list(consumed))
print([a * b for a, b in zip([1, 2, 3], [4, 5, 6])], list(zip(*zip('ab', 'cd'))))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))))
def gen():
    yield 1
    yield 2
    print('gen exhausted')
print(list(zip(gen(), 'abc')))
print(list(zip('abc', gen())))
print(list(zip([1, 2], [3, 4], strict=True)))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: zip(5))
t(lambda: zip([1], None))
t(lambda: list(zip([1, 2], [3], strict=True)))
t(lambda: list(zip([1], [3, 4], strict=True)))
