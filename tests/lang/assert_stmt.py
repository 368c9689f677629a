# assert statement
assert True
assert 1 == 1, 'never'
try:
    assert False
except AssertionError as e:
    print('AssertionError', e.args)
try:
    assert 1 == 2, 'values differ'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert [], ('tuple', 1)
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append(1)
    return 'm'
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
def check(x):
    assert isinstance(x, int), 'not int: %r' % (x,)
    return x * 2
print(check(4))
try:
    check('s')
except AssertionError as e:
    print(e)
print(issubclass(AssertionError, Exception))
