# __exit__ receives (type, value, traceback); exceptions in __enter__, nested with, and exception replacement
class Spy:
    def __init__(self, name, ret=False):
        self.name, self.ret = name, ret
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print(self.name, 'exit:', et.__name__ if et else None, repr(ev), tb is not None if et else tb)
        return self.ret
with Spy('clean'):
    pass
try:
    with Spy('raising'):
        raise KeyError('k')
except KeyError as e:
    print('outer got', repr(e))
with Spy('outer', ret=True):
    with Spy('inner'):
        raise ValueError('v')
print('suppressed by outer')
class Replace:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise ArithmeticError('replaced') from ev
try:
    with Replace():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__, '| context:', type(e.__context__).__name__)
def in_func():
    with Spy('return-path'):
        return 'returned value'
print(in_func())
def in_loop():
    for i in range(3):
        with Spy('loop %d' % i, ret=True):
            if i == 0:
                continue
            if i == 1:
                raise IndexError(i)
            break
    return 'loop done'
print(in_loop())
class EnterFails:
    def __enter__(self):
        raise OSError('enter failed')
    def __exit__(self, *a):
        print('exit should not run')
try:
    with EnterFails():
        print('body should not run')
except OSError as e:
    print(type(e).__name__, e)
class ExitReceivesBase:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print('exit saw', et.__name__)
        return False
try:
    with ExitReceivesBase():
        raise SystemExit(3)
except SystemExit as e:
    print('SystemExit', e.code)
