# return/break/continue inside finally
def f1():
    try:
        return 1
    finally:
        return 2
print(f1())
def f2():
    try:
        raise ValueError
    finally:
        return 'swallowed'
print(f2())
def f3():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return i
print(f3())
def f4():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise IndexError
            out.append(i)
        finally:
            continue
    return out
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
print(f5())
def f6():
    l = []
    try:
        return l
    finally:
        l.append('mutated')
print(f6())
def f7():
    try:
        try:
            return 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
print(f7())
def f8():
    while True:
        try:
            break
        finally:
            print('finally on break')
    return 'after loop'
print(f8())
def f9():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'from except'
    finally:
        print('finally after except-return')
print(f9())
def f10():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('new')
    finally:
        return 'finally wins'
print(f10())
def f11():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(f11())
