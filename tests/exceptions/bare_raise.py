# bare raise and re-raising
def reraiser():
    try:
        raise ValueError('original')
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    print('re-raised', e)
def reraise_modified():
    try:
        raise KeyError('k')
    except KeyError as e:
        e.args = ('modified',)
        raise
try:
    reraise_modified()
except KeyError as e:
    print(repr(e))
def raise_e():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
try:
    raise_e()
except ZeroDivisionError as e:
    print('raise e', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
def raise_outside_handler():
    raise
try:
    raise_outside_handler()
except RuntimeError as e:
    print('RuntimeError', e)
def nested_reraise():
    try:
        raise TypeError('outer')
    except TypeError:
        try:
            raise ValueError('inner')
        except ValueError:
            pass
        raise
try:
    nested_reraise()
except Exception as e:
    print('nested re-raise', type(e).__name__, e)
def reraise_in_finally():
    try:
        raise IndexError('idx')
    finally:
        print('finally before propagation')
try:
    reraise_in_finally()
except IndexError as e:
    print('propagated', e)
def helper():
    raise
def call_helper_in_handler():
    try:
        raise KeyError('from handler')
    except KeyError:
        helper()
try:
    call_helper_in_handler()
except KeyError as e:
    print('helper re-raised', repr(e))
