# __cause__, __context__, __suppress_context__, __traceback__
def chain():
    try:
        try:
            raise KeyError('first')
        except KeyError as e1:
            raise ValueError('second') from e1
    except ValueError as e2:
        return e2
e = chain()
print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise TypeError('b')
    except TypeError as e:
        return e
e = implicit()
print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def three_levels():
    try:
        try:
            try:
                raise IndexError(1)
            except IndexError:
                raise KeyError(2)
        except KeyError:
            raise ValueError(3)
    except ValueError as e:
        chain = []
        while e is not None:
            chain.append(repr(e))
            e = e.__context__
        return chain
print(three_levels())
def from_none():
    try:
        try:
            raise KeyError('hidden')
        except KeyError:
            raise ValueError('shown') from None
    except ValueError as e:
        return e
e = from_none()
print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = ValueError('manual')
e.__cause__ = KeyError('set manually')
print(repr(e.__cause__), e.__suppress_context__)
def context_in_finally():
    try:
        try:
            raise KeyError('in try')
        finally:
            raise ValueError('in finally')
    except ValueError as e:
        return repr(e.__context__)
print(context_in_finally())
def no_context():
    try:
        raise ValueError('fresh')
    except ValueError as e:
        return e.__context__
print(no_context())
def handled_then_new():
    try:
        raise KeyError('handled')
    except KeyError:
        pass
    try:
        raise ValueError('new')
    except ValueError as e:
        return e.__context__
print(handled_then_new())
e = ValueError()
print(e.__traceback__ is None)
try:
    raise ValueError
except ValueError as ex:
    print(ex.__traceback__ is not None)
try:
    e = ValueError('x')
    e.__cause__ = 'not an exception'
except TypeError as te:
    print('TypeError', te)
