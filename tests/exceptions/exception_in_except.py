# errors raised while handling errors
def f():
    try:
        raise ValueError('first')
    except ValueError:
        undefined_name_here
try:
    f()
except NameError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError('wrapped') from e
try:
    g()
except RuntimeError as e:
    print(e, type(e.__cause__).__name__, e.__cause__)
def h():
    try:
        raise KeyError('x')
    except KeyError as e:
        return [][0]
try:
    h()
except IndexError as e:
    print('IndexError with context', repr(e.__context__))
def finally_overrides():
    try:
        raise ValueError('lost?')
    finally:
        return 'finally return swallows exception'
print(finally_overrides())
def except_type_error():
    try:
        raise ValueError
    except (ValueError, undefined_type_name):
        return 'matched first'
try:
    print(except_type_error())
except NameError as e:
    print('NameError while evaluating except tuple:', e)
def bad_except_expr():
    try:
        raise KeyError
    except undefined_type_name:
        return 'never'
try:
    bad_except_expr()
except NameError as e:
    print('NameError in except expression:', e, repr(e.__context__))
