# conversions between containers
l = [3, 1, 2, 3]
print(tuple(l), set(l), frozenset(l), dict.fromkeys(l), list(tuple(l)), sorted(set(l)))
print(list('abc'), list(b'ab'), list({'a': 1, 'b': 2}.items()), list(range(3)), list(zip('ab', 'cd')))
print(dict([('a', 1)]), dict(zip(range(3), 'xyz')), dict(enumerate('ab')), dict([[1, 2], 'xy']))
print(tuple(enumerate('ab', start=1)), list(map(list, [(1, 2), (3,)])), [list(p) for p in zip([1, 2], [3, 4])])
print(str([1, 2]), str((1,)), str({1: 2}), str({1}), str(frozenset()), str(set()), str(()))
print(repr([1, '2', [3.0]]), repr((None, True)), repr({'a': (1,)}))
print(list(reversed(range(5))), tuple(reversed('abc')), list(reversed([])), list(reversed((1,))))
print(bytes([1, 2]), bytearray((3, 4)), list(bytearray(b'hi')), tuple(memoryview(b'ok')))
nested = [[1, 2], [3, 4]]
print([x for row in nested for x in row], list(zip(*nested)), [list(r) for r in zip(*nested)])
print(sum(nested, []), sum([(1,), (2,)], ()), dict(nested))
