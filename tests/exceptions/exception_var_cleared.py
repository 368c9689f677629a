# the `except ... as name` variable is deleted at the end of the handler
e = 'outer value'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError as ex:
    print(type(ex).__name__, ex)
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    try:
        return err
    except UnboundLocalError as ex:
        return type(ex).__name__
print(f())
def keep():
    saved = None
    try:
        raise KeyError('k')
    except KeyError as e:
        saved = e
    return repr(saved)
print(keep())
def nested():
    try:
        raise ValueError('outer')
    except ValueError as e:
        try:
            raise TypeError('inner')
        except TypeError as e:
            pass
        try:
            return e
        except NameError as ne:
            return 'NameError: ' + str(ne)
print(nested())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_e:
        last = loop_e
print(repr(last), 'loop_e' in dir())
def in_gen():
    try:
        raise RuntimeError('gen')
    except RuntimeError as ge:
        yield str(ge)
    yield 'ge' in locals()
print(list(in_gen()))
