# ValueError / IndexError / KeyError messages from common builtins and methods
calls = [
    lambda: int('12a'), lambda: int('', 16), lambda: float('x1'), lambda: complex('1+'), lambda: [1, 2].index(5),
    lambda: (1, 2).index(5), lambda: 'abc'.index('d'), lambda: 'abc'.rindex('d'), lambda: [].remove(1),
    lambda: 'a,b'.split(''), lambda: range(1, 2, 0), lambda: ''.join(['a', 1]), lambda: chr(0x110000),
    lambda: 'abc'[5], lambda: [1][3], lambda: (1,)[-2], lambda: b'ab'[9], lambda: {}['missing'], lambda: {1: 2}[(3, 4)],
    lambda: set().remove('x'), lambda: {}.pop('p'), lambda: [].pop(), lambda: [1].pop(4), lambda: bytearray().pop(),
    lambda: 'x'.center(5, 'ab'), lambda: int('9', 8), lambda: bytes.fromhex('zz'), lambda: max([]), lambda: min([], key=len),
    lambda: divmod(1, 0), lambda: (0).__pow__(-1) if False else 0 ** -1, lambda: [1, 2][1:2:0], lambda: 'x' * -1 or int('nope'),
    lambda: dict([(1, 2, 3)]), lambda: list(zip('a', 'bc', strict=True)), lambda: '{0}{1}'.format(1), lambda: '%d %d' % (1,),
    lambda: '%s' % (1, 2), lambda: sorted([1, 2], key=lambda x: 1 / 0),
]
for c in calls:
    try:
        c()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
