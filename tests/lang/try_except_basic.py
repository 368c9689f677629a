# try / except / else / finally
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print('zero')
        r = None
    except TypeError as e:
        print('type', e)
        r = -1
    else:
        print('else', r)
    finally:
        print('finally', x)
    return r
print(f(2))
print(f(0))
print(f('a'))
try:
    raise ValueError('v')
except (TypeError, ValueError) as e:
    print('tuple catch', type(e).__name__, e)
try:
    try:
        {}['x']
    except IndexError:
        print('wrong')
except LookupError as e:
    print('outer', repr(e))
e = 'before'
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    print(e)
except NameError:
    print('e unbound after except')
try:
    pass
except:
    print('no')
else:
    print('else no exc')
try:
    int('x')
except:
    print('bare except caught')
def g():
    try:
        return 'try'
    finally:
        print('finally runs before return')
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        print('body', i)
    finally:
        print('fin', i)
