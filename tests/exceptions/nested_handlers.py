# nested exception handlers
def level3():
    raise ValueError('deep')
def level2():
    try:
        level3()
    except TypeError:
        print('level2 wrong handler')
def level1():
    try:
        level2()
    except ValueError as e:
        print('level1 caught', e)
        return 'handled'
print(level1())
def handler_raises():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
        except TypeError:
            print('sibling handler does not catch')
    except TypeError as e:
        print('outer caught', e, repr(e.__context__))
handler_raises()
def except_in_else():
    try:
        try:
            pass
        except ValueError:
            print('no')
        else:
            raise KeyError('from else')
    except KeyError as e:
        print('else exception propagated', repr(e))
except_in_else()
def deep(n):
    if n == 0:
        raise IndexError('bottom')
    try:
        deep(n - 1)
    finally:
        print('unwind', n)
try:
    deep(3)
except IndexError as e:
    print('caught', e)
count = 0
for i in range(5):
    try:
        try:
            if i % 2:
                raise ValueError(i)
            raise TypeError(i)
        except ValueError:
            count += 10
            raise
    except (ValueError, TypeError) as e:
        count += 1
print(count)
def exc_var_scope():
    e = 'before'
    try:
        raise ValueError
    except ValueError as e:
        pass
    return 'e' in locals()
print(exc_var_scope())
