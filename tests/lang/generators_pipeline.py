# generator pipelines and generator expressions
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
def evens(it):
    return (v for v in it if v % 2 == 0)
def squares(it):
    for v in it:
        yield v * v
print(list(take(5, squares(evens(numbers())))))
print(sum(x for x in range(10) if x % 3 == 0))
print(list(zip(take(3, numbers()), 'abc')))
g = (c.upper() for c in 'abc')
print(next(g), list(g), list(g))
def running_total(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_total([1, 2, 3, 4])))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, [5]]]], 6])))
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(windows('abcde', 3)))
print(max((len(s), s) for s in ['aa', 'bbb', 'c']))
print(sorted((x % 3, x) for x in range(6)))
gen = (i for i in range(3))
print(list(gen), list(gen))
print(dict((k, k * 2) for k in range(3)))
print(list(map(lambda a: a + 1, (x for x in range(3)))))
print(any(x > 5 for x in numbers()))
def interleave(*gens):
    gens = [iter(g) for g in gens]
    while gens:
        for g in list(gens):
            try:
                yield next(g)
            except StopIteration:
                gens.remove(g)
print(list(interleave('abc', [1, 2], (True,))))
