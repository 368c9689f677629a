# modifying an exception before re-raising, raising stored exceptions, and with_traceback
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        e.args = ('parse(%r) failed: %s' % (s, e.args[0]),)
        raise
for s in ['12', 'zz']:
    try:
        print(parse(s))
    except ValueError as e:
        print(type(e).__name__, e)
errors = []
for s in ['1', 'x', '3', 'y']:
    try:
        int(s)
    except ValueError as e:
        errors.append(e)
print(len(errors), [str(e) for e in errors])
try:
    raise errors[0]
except ValueError as e:
    print('re-raised stored', e is errors[0])
e = KeyError('tb')
r = e.with_traceback(None)
print(r is e, e.__traceback__)
try:
    raise ValueError('has tb')
except ValueError as ex:
    print(ex.__traceback__ is not None)
def raise_class_instance():
    raise ValueError
try:
    raise_class_instance()
except ValueError as ex:
    print(repr(ex), ex.args)
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as ex:
    print(type(ex).__name__)
try:
    raise 'string'
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    raise int
except TypeError as ex:
    print(type(ex).__name__, ex)
def reraise_outside():
    raise
try:
    reraise_outside()
except RuntimeError as ex:
    print(type(ex).__name__, ex)
def reraise_after_handler():
    try:
        raise KeyError('first')
    except KeyError:
        pass
    raise
try:
    reraise_after_handler()
except RuntimeError as ex:
    print(type(ex).__name__, ex)
except KeyError as ex:
    print('KeyError leaked', ex)
