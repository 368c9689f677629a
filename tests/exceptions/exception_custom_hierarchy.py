# user exception hierarchies with extra state, __str__, and catching by base
class AppError(Exception):
    code = 1
    def __init__(self, msg, **ctx):
        super().__init__(msg)
        self.ctx = ctx
    def __str__(self):
        base = super().__str__()
        if self.ctx:
            base += ' [' + ', '.join('%s=%r' % kv for kv in sorted(self.ctx.items())) + ']'
        return base
class ConfigError(AppError):
    code = 2
class MissingKey(ConfigError, KeyError):
    code = 3
class NetworkError(AppError, OSError):
    code = 4
errors = [AppError('generic'), ConfigError('bad config', file='a.ini', line=3), MissingKey('no key', key='port'),
          NetworkError('timeout', host='example', retries=3)]
for err in errors:
    try:
        raise err
    except ConfigError as e:
        print('config', e.code, str(e), isinstance(e, KeyError))
    except AppError as e:
        print('app', e.code, str(e), isinstance(e, OSError))
print([c.__name__ for c in MissingKey.__mro__])
try:
    raise MissingKey('mk')
except KeyError as e:
    print('caught as KeyError', repr(e), e.args)
try:
    raise NetworkError('net')
except OSError as e:
    print('caught as OSError', e, e.errno)
def wrap(fn):
    try:
        return fn()
    except (ValueError, TypeError) as e:
        raise AppError('wrapped', original=type(e).__name__) from e
for fn in [lambda: int('x'), lambda: len(5), lambda: 'fine']:
    try:
        print(wrap(fn))
    except AppError as e:
        print(e, '| cause:', type(e.__cause__).__name__)
class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__('gave up after %d attempts' % attempts)
def flaky(n=[0]):
    n[0] += 1
    if n[0] < 3:
        raise ConnectionError('flaky %d' % n[0])
    return 'ok after %d' % n[0]
for attempt in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print('retry', attempt, e)
else:
    raise Retry(5)
print(issubclass(ConnectionError, OSError), str(Retry(2)), Retry(2).attempts)
