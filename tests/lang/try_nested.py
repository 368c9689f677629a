# nested try handlers and re-raising
def f():
    try:
        try:
            raise ValueError('inner')
        except TypeError:
            print('wrong handler')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
        return 'handled'
print(f())
def g():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print('first handler')
            raise
    except ZeroDivisionError as e:
        print('re-raised', e)
g()
def h():
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise IndexError('b')
        except IndexError as e:
            print('inner', repr(e), repr(e.__context__))
        print('back in outer handler')
h()
def k():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
                print('ok', i)
            finally:
                print('finally', i)
        except ValueError as e:
            print('caught', e)
k()
def exc_in_handler():
    try:
        try:
            raise ValueError('v')
        except ValueError:
            raise TypeError('t')
    except TypeError as e:
        return repr(e), repr(e.__context__)
print(exc_in_handler())
def exc_in_finally():
    try:
        try:
            raise ValueError('lost')
        finally:
            raise KeyError('wins')
    except Exception as e:
        return repr(e), repr(e.__context__)
print(exc_in_finally())
import sys
def exc_info_state():
    print(sys.exc_info()[0])
    try:
        raise ValueError
    except ValueError:
        print(sys.exc_info()[0].__name__)
        try:
            raise KeyError
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0])
exc_info_state()
