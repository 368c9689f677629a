# a hand-written contextmanager decorator (no contextlib) built on generators
class GenCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(val)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def contextmanager(fn):
    def helper(*a, **k):
        return GenCM(fn(*a, **k))
    return helper
@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
@contextmanager
def suppress(*excs):
    try:
        yield
    except excs as e:
        print('suppressed', type(e).__name__)
with tag('div') as t:
    print('inside', t)
    with tag('span'):
        print('nested')
with suppress(KeyError):
    {}['x']
print('after suppress')
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('propagated', e)
try:
    with tag('p'):
        raise IndexError('inside tag')
except IndexError as e:
    print('caught', e)
