# return / break / continue interplay with try/except/else/finally
def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
print(f1())
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
print(f2())
def f3():
    try:
        raise ValueError
    except ValueError:
        return 'except'
    finally:
        print('f3 finally')
print(f3())
def f4():
    try:
        pass
    except Exception:
        return 'except'
    else:
        return 'else'
    finally:
        print('f4 finally')
print(f4())
def f5():
    try:
        raise KeyError('lost')
    finally:
        return 'swallowed'
print(f5())
def f6():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f6())
def f7():
    lst = []
    try:
        return lst
    finally:
        lst.append('mutated')
print(f7())
def f8():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print('body', i)
        finally:
            print('finally', i)
    return i
print(f8())
def f9():
    while True:
        try:
            return 'from loop'
        finally:
            print('f9 finally')
print(f9())
def f10():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            if i == 1:
                break
            continue
        finally:
            print('f10 finally', i)
    return 'end', i
print(f10())
def f11():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(f11())
def f12():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                break
    return i
print(f12())
def f13():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            return 'handler'
        finally:
            print('nested finally in handler')
print(f13())
def f14(n):
    try:
        if n:
            raise TypeError('t')
    except TypeError as e:
        r = 'caught ' + str(e)
    else:
        r = 'no error'
    finally:
        r += '!'
    return r
print(f14(0), f14(1))
