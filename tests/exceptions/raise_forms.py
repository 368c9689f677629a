# raising classes vs instances and identity of raised objects
try:
    raise ValueError
except ValueError as e:
    print('class raised ->', type(e).__name__, e.args)
inst = KeyError('same')
try:
    raise inst
except KeyError as e:
    print('same object:', e is inst)
def raise_twice():
    for i in range(2):
        try:
            raise inst
        except KeyError as e:
            print('iteration', i, e is inst)
raise_twice()
class LazyInit(Exception):
    inits = 0
    def __init__(self, *a):
        LazyInit.inits += 1
        super().__init__(*a)
try:
    raise LazyInit
except LazyInit:
    pass
print('inits after raising class:', LazyInit.inits)
exc_class = TypeError
try:
    raise exc_class('dynamic')
except TypeError as e:
    print(e)
def factory(kind):
    return {'v': ValueError, 'k': KeyError}[kind]('from factory')
try:
    raise factory('k')
except LookupError as e:
    print(repr(e))
try:
    raise Exception('a', 'b', 'c')
except Exception as e:
    print(e.args, str(e))
try:
    raise (ValueError if True else TypeError)('conditional')
except ValueError as e:
    print(e)
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def raise_int():
    raise 42
def raise_str():
    raise 'string'
def raise_type():
    raise int
def raise_none():
    raise None
for f in (raise_int, raise_str, raise_type, raise_none):
    t(f)
