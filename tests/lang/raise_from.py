# raise ... from ..., __cause__ / __context__
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
except ValueError as e:
    print(repr(e), type(e.__cause__).__name__, e.__suppress_context__)
    print(type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('implicit')
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('suppressed') from None
except ValueError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
try:
    raise KeyError('k') from TypeError('t')
except KeyError as e:
    print(repr(e.__cause__), e.__context__)
try:
    raise RuntimeError from ValueError
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
e = ValueError('x')
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise ValueError('a') from 5
except TypeError as e:
    print('TypeError', e)
try:
    raise 5
except TypeError as e:
    print('TypeError', e)
class E(Exception): pass
try:
    raise E
except E as e:
    print('class raised', type(e).__name__, e.args)
