# exceptions raised in else/finally blocks, and finally running on every exit path
log = []
def run(mode):
    log.clear()
    try:
        log.append('try')
        if mode == 'raise':
            raise ValueError('try-raise')
        if mode == 'return':
            return 'returned'
    except ValueError:
        log.append('except')
        if mode == 'raise':
            raise KeyError('from-except')
    else:
        log.append('else')
        if mode == 'else-raise':
            raise IndexError('from-else')
    finally:
        log.append('finally')
    return 'fell through'
for mode in ['normal', 'raise', 'return', 'else-raise']:
    try:
        r = run(mode)
        print(mode, r, log)
    except Exception as e:
        print(mode, type(e).__name__, e, 'context:', type(e.__context__).__name__, log)
def finally_raises_over_return():
    try:
        return 'value'
    finally:
        raise RuntimeError('finally wins')
try:
    finally_raises_over_return()
except RuntimeError as e:
    print(type(e).__name__, e, e.__context__)
def finally_in_loop():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                out.append(('ok', i))
            finally:
                out.append(('finally', i))
        except ValueError as e:
            out.append(('caught', e.args[0]))
    return out
print(finally_in_loop())
def deep():
    try:
        try:
            try:
                raise TypeError('innermost')
            finally:
                log.append('f1')
        finally:
            log.append('f2')
    finally:
        log.append('f3')
log.clear()
try:
    deep()
except TypeError as e:
    print(e, log)
def except_without_match():
    try:
        raise KeyError('x')
    except ValueError:
        return 'wrong'
    finally:
        log.append('cleanup')
log.clear()
try:
    except_without_match()
except KeyError as e:
    print('propagated', e, log)
