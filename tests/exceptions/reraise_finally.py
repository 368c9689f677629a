# exceptions passing through finally blocks
log = []
def f():
    try:
        try:
            raise ValueError('v')
        finally:
            log.append('inner finally')
    finally:
        log.append('outer finally')
try:
    f()
except ValueError as e:
    log.append('caught ' + str(e))
print(log)
def g():
    try:
        raise KeyError('first')
    finally:
        try:
            raise IndexError('in finally')
        except IndexError:
            pass
try:
    g()
except KeyError as e:
    print('original survives handled finally exception', repr(e))
def h():
    try:
        return 'value'
    finally:
        raise RuntimeError('finally raises after return')
try:
    h()
except RuntimeError as e:
    print(e)
def k():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        finally:
            print('finally', i)
try:
    k()
except ValueError as e:
    print('loop error', e)
def gen():
    try:
        yield 1
        raise ValueError('gen error')
    finally:
        print('gen finally')
try:
    for v in gen():
        print('got', v)
except ValueError as e:
    print('caught', e)
def finally_exc_info():
    import sys
    try:
        raise TypeError('t')
    finally:
        print('in finally, exc_info type:', sys.exc_info()[0].__name__)
try:
    finally_exc_info()
except TypeError:
    print('done')
