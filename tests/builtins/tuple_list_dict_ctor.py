# list(), tuple(), dict(), set(), str(), int() constructors with various arguments
print(list(), list([1]), list((1, 2)), list('ab'), list(range(2)), list({'a': 1}), list({5}), list(b'a'), list(x for x in 'q'))
print(tuple(), tuple([1]), tuple('ab'), tuple(range(2)), tuple({'a': 1}.items()), tuple(iter([3])))
print(dict(), dict(a=1), dict([('a', 1)]), dict({'a': 1}), dict({'a': 1}, b=2), dict(zip('ab', '12')), dict([('a', 1)], a=2))
print(set(), set([1, 1]), set('aab') == {'a', 'b'}, set(range(3)), set({'k': 1}), frozenset('x'))
print(str(), str(5), str('s'), str([1]), str(b'b'), str(b'b', 'ascii'), str(object=7) if True else None)
print(int(), int('5'), int(5.9), int('ff', 16), int(base=2, x='11') if False else int('11', base=2))
print(float(), float('1.5'), float(2), complex(), complex(1), complex('2j'), bool([1]), bytes(2), bytearray(b'x'))
class L(list): pass
class D(dict): pass
print(list(L([1])), type(list(L([1]))).__name__, dict(D(a=1)), type(dict(D(a=1))).__name__)
print(list.__name__, tuple.__name__, dict.__name__, set.__name__, frozenset.__name__, str.__name__, int.__name__)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: tuple(1))
t(lambda: tuple(1, 2))
t(lambda: set([[]]))
t(lambda: dict(1, 2))
t(lambda: dict([['a']]))
t(lambda: list(None))
t(lambda: frozenset(5))
