# attributes on exception instances
e = ValueError('msg')
e.custom = 123
print(e.custom, e.args, hasattr(e, '__dict__'))
print(type(e).__name__, type(e).__mro__[1].__name__, e.__class__ is ValueError)
e2 = ValueError(*range(3))
print(e2.args, len(e2.args), e2.args[1:])
class WithSlots(Exception):
    def __init__(self, v):
        super().__init__(v)
        self.v = v
w = WithSlots(9)
print(w.v, w.args)
print(isinstance(ValueError, type), isinstance(ValueError(), ValueError), ValueError.__name__)
try:
    raise ValueError
except ValueError as exc:
    print(exc.args, repr(exc), str(exc) == '')
try:
    raise IndexError('a', 1)
except IndexError as exc:
    a, b = exc.args
    print(a, b)
ex = Exception('x')
print(ex.with_traceback(None) is ex)
print(NotImplementedError.__bases__[0].__name__, repr(NotImplementedError('todo')))
u = UnicodeDecodeError('utf-8', b'\xffab', 0, 1, 'invalid start byte')
print(u.encoding, u.object, u.start, u.end, u.reason)
print(str(u))
s = SyntaxError('bad syntax')
print(s.msg, s.args)
try:
    compile('x = = 1', '<test>', 'exec')
except SyntaxError as err:
    print(type(err.msg).__name__, err.lineno, err.filename)
