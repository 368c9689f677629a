# AssertionError details
def t(f):
    try:
        f()
        print('passed')
    except AssertionError as e:
        print('AssertionError', repr(e), e.args)
def a1():
    assert 1 + 1 == 3
def a2():
    assert False, 'with message'
def a3():
    assert None, 42
def a4():
    assert [], ['list', 'msg']
def a5():
    assert 'non-empty'
def a6():
    x = 5
    assert x < 3, 'x is %d' % x
def a7():
    tup = (1, 'tuple is truthy')
    assert tup
def a8():
    raise AssertionError('raised manually')
for f in (a1, a2, a3, a4, a5, a6, a7, a8):
    t(f)
print(issubclass(AssertionError, Exception), AssertionError('m').args)
