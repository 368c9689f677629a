# catching exceptions via base classes and tuples
def raiser(exc):
    raise exc
tests = [ZeroDivisionError('z'), OverflowError('o'), KeyError('k'), IndexError('i'), UnboundLocalError('u'),
         FileNotFoundError('f'), ModuleNotFoundError('m'), RecursionError('r'), NotImplementedError('n'),
         UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'), IndentationError('ind')]
for exc in tests:
    try:
        raiser(exc)
    except ArithmeticError:
        print(type(exc).__name__, 'caught as ArithmeticError')
    except LookupError:
        print(type(exc).__name__, 'caught as LookupError')
    except NameError:
        print(type(exc).__name__, 'caught as NameError')
    except ImportError:
        print(type(exc).__name__, 'caught as ImportError')
    except RuntimeError:
        print(type(exc).__name__, 'caught as RuntimeError')
    except ValueError:
        print(type(exc).__name__, 'caught as ValueError')
    except OSError:
        print(type(exc).__name__, 'caught as OSError')
    except Exception as e:
        print(type(exc).__name__, 'caught as Exception', type(e).__name__)
for exc in [TypeError, ValueError, KeyError, SystemExit]:
    try:
        try:
            raise exc('x')
        except (TypeError, ValueError) as e:
            print('tuple caught', type(e).__name__)
    except BaseException as e:
        print('outer caught', type(e).__name__)
handlers = (KeyError, IndexError)
try:
    [][0]
except handlers as e:
    print('dynamic tuple', type(e).__name__)
exc_type = ZeroDivisionError
try:
    1 / 0
except exc_type:
    print('dynamic class')
try:
    raise KeyboardInterrupt
except Exception:
    print('wrong')
except BaseException as e:
    print('KeyboardInterrupt is not an Exception', type(e).__name__)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print('TypeError', e)
