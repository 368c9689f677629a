# except clauses with tuples, ordering, base classes, and dynamic exception specs
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-specific ' + type(e).__name__
    except LookupError:
        return 'lookup-generic'
    except (ValueError, TypeError):
        return 'value-or-type'
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception:
        return 'other'
for exc in [KeyError, IndexError('i'), LookupError, UnicodeDecodeError('utf-8', b'', 0, 1, 'x'), TypeError(),
            ZeroDivisionError, OverflowError, RuntimeError, NotImplementedError, RecursionError]:
    print(classify(exc))
handlers = (OSError, ValueError)
try:
    int('x')
except handlers as e:
    print('dynamic tuple', type(e).__name__)
nested_spec = ((KeyError, (IndexError,)), ValueError)
try:
    [][0]
except nested_spec if False else (KeyError, IndexError) as e:
    print('caught', type(e).__name__)
def get_spec():
    return ZeroDivisionError
try:
    1 // 0
except get_spec() as e:
    print('from call', e)
try:
    try:
        raise ValueError('v')
    except 'not a class':
        print('never')
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError('v')
    except (ValueError, 5) as e:
        print('matched first element', e)
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print('should not catch')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
class Custom(ValueError): pass
try:
    raise Custom('c')
except (TypeError, ValueError) as e:
    print(type(e).__name__, isinstance(e, ValueError))
print(classify(Custom('x')), classify(StopIteration()), classify(GeneratorExit) if False else 'skip')
