# filter(None, ...), map with multiple iterables of unequal length, laziness
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, 0.0, 2])))
print(list(filter(lambda x: x > 2, range(6))), list(filter(str.isdigit, 'a1b2c3')), list(filter(bool, ())))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: a, 'ab', 'xyz', [1, 2, 3])), list(map(str, [])))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(len, ['a', 'bb', ''])))
log = []
def noisy(x):
    log.append(x)
    return x * 2
m = map(noisy, [1, 2, 3])
print(log, next(m), log, list(m), log)
f = filter(lambda x: log.append(('f', x)) or x % 2, [1, 2, 3])
log.clear()
print(next(f), log)
print(type(m).__name__, type(f).__name__, iter(m) is m)
for bad in [lambda: map(len), lambda: map(), lambda: filter(None), lambda: list(map(5, [1])), lambda: list(filter(5, [1])),
            lambda: map(len, 5), lambda: filter(None, 5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(map(int, ['1', 'x']))
except ValueError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3, 4])
print(list(map(lambda a, b: a + b, it, it)))
print(sum(map(int, '12345')), ''.join(map(chr, range(65, 70))), dict(map(lambda k: (k, len(k)), ['ab', 'c'])))
print(list(filter(lambda p: p[1], {'a': 0, 'b': 1}.items())), list(map(list, zip('ab', 'cd'))))
