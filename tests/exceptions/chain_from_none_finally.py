# raise ... from None, context set through finally and nested handlers, explicit context assignment
def from_none():
    try:
        {}['k']
    except KeyError:
        raise ValueError('clean') from None
try:
    from_none()
except ValueError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def in_finally():
    try:
        raise KeyError('body')
    finally:
        try:
            raise TypeError('finally')
        except TypeError as t:
            return t
t = in_finally()
print(repr(t), repr(t.__context__))
def raise_in_finally():
    try:
        raise KeyError('lost?')
    finally:
        raise RuntimeError('from finally')
try:
    raise_in_finally()
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
def from_instance():
    cause = OSError('disk')
    try:
        raise ValueError('v') from cause
    except ValueError as e:
        return e
e = from_instance()
print(repr(e.__cause__), e.__context__, e.__suppress_context__)
def from_class():
    raise ValueError('v') from KeyError
try:
    from_class()
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)
try:
    raise ValueError from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError('manual')
e.__cause__ = KeyError('set')
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
try:
    e.__cause__ = 'not an exception'
except TypeError as ex:
    print(type(ex).__name__, ex)
def same_exception_reraised():
    err = ValueError('same')
    try:
        raise err
    except ValueError:
        try:
            raise err
        except ValueError as inner:
            return inner
r = same_exception_reraised()
print(r.__context__ is None, r.__context__ is r)
def context_cycle():
    try:
        try:
            raise KeyError('a')
        except KeyError as a:
            try:
                raise TypeError('b')
            except TypeError as b:
                raise a
    except KeyError as final:
        return final
f = context_cycle()
print(repr(f), repr(f.__context__), f.__context__.__context__ is None)
