# with statement: exceptions in __enter__/__exit__ and exit arguments
class CM:
    def __init__(self, fail_enter=False, fail_exit=False, ret=False):
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
        self.ret = ret
    def __enter__(self):
        print('enter')
        if self.fail_enter:
            raise ValueError('enter failed')
        return self
    def __exit__(self, t, v, tb):
        print('exit', t is not None and t.__name__, type(v).__name__, tb is not None)
        if self.fail_exit:
            raise KeyError('exit failed')
        return self.ret
try:
    with CM(fail_enter=True):
        print('body not run')
except ValueError as e:
    print('caught', e)
try:
    with CM(fail_exit=True):
        print('body')
except KeyError as e:
    print('caught', repr(e))
try:
    with CM(fail_exit=True):
        raise IndexError('body error')
except KeyError as e:
    print('caught', repr(e), 'context', repr(e.__context__))
with CM(ret=1):
    raise IndexError('suppressed by truthy')
print('continuing')
try:
    with CM(ret=0):
        raise IndexError('not suppressed')
except IndexError as e:
    print('caught', e)
try:
    with CM() as a, CM(fail_enter=True) as b:
        print('not run')
except ValueError:
    print('second enter failed, first exited')
class NoExit:
    def __enter__(self):
        return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__)
