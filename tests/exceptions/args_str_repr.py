# exception args, str() and repr()
cases = [Exception(), Exception('msg'), Exception('a', 'b'), Exception(1), Exception(None), Exception(''),
         ValueError('bad value'), TypeError('x', 2, [3]), KeyError('k'), KeyError(), KeyError('a', 'b'), KeyError(1),
         IndexError('idx'), StopIteration(), StopIteration(5), StopIteration(1, 2), ZeroDivisionError('div'),
         RuntimeError(), AssertionError('assert msg'), NameError('n'), AttributeError('attr'), OSError('os err'),
         ArithmeticError((1, 2)), Exception(('tuple',)), LookupError('é'), Exception('quote\'s'), SystemExit(3)]
for e in cases:
    print(type(e).__name__, e.args, '|', str(e), '|', repr(e))
e = ValueError('orig')
e.args = ('changed', 2)
print(e, repr(e))
e.args = ()
print(repr(str(e)), repr(e))
print(StopIteration(7).value, StopIteration().value, SystemExit(4).code, SystemExit().code, SystemExit('s', 't').code)
try:
    raise KeyError('missing key')
except KeyError as k:
    print(str(k), k.args[0])
try:
    {}['x']
except KeyError as k:
    print(repr(k), str(k))
try:
    {}[(1, 2)]
except KeyError as k:
    print(repr(k), str(k), k.args)
print(str(KeyError('')), str(KeyError(None)), str(KeyError([1])))
print(Exception('x') == Exception('x'), bool(Exception()), isinstance(Exception(), BaseException))
