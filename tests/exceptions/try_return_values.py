# which value wins: return in try/except/else/finally
def a():
    try:
        return 'try'
    except Exception:
        return 'except'
    else:
        return 'else'
def b():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        pass
def c():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('c finally')
def d():
    try:
        return 'try'
    finally:
        return 'finally'
def e():
    x = 'initial'
    try:
        return x
    finally:
        x = 'changed'
def f():
    result = []
    try:
        result.append('try')
        return result
    finally:
        result.append('finally')
def g():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
def h():
    try:
        try:
            return 'inner try'
        finally:
            return 'inner finally'
    finally:
        print('outer finally sees return')
for fn in (a, b, c, d, e, f, g, h):
    print(fn.__name__, fn())
