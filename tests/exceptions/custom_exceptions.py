# user-defined exception classes
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason='invalid'):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return 'config key %r is %s' % (self.key, self.reason)
class DetailedError(AppError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b
class ReprError(Exception):
    def __repr__(self):
        return 'ReprError<custom>'
try:
    raise ConfigError('port')
except AppError as e:
    print(type(e).__name__, str(e), e.args, e.key, e.reason, repr(e))
try:
    raise DetailedError('failed', 500)
except AppError as e:
    print(str(e), e.code, e.args, repr(e))
try:
    raise NoSuperInit(1, 2)
except Exception as e:
    print(e.a, e.b, e.args, repr(str(e)))
try:
    raise ReprError('x')
except ReprError as e:
    print(repr(e), str(e), [e])
class WithDefault(Exception):
    def __init__(self, msg='default message'):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e, e.args)
try:
    raise WithDefault()
except WithDefault as e:
    print(e)
class Multi(KeyError, ValueError):
    pass
try:
    raise Multi('both')
except ValueError as e:
    print('caught Multi as ValueError', repr(e), isinstance(e, LookupError))
print([c.__name__ for c in Multi.__mro__])
class CustomAttr(Exception):
    extra = 'class attribute'
e = CustomAttr()
e.dynamic = 'instance attribute'
print(e.extra, e.dynamic)
class Base(Exception):
    def describe(self):
        return 'Base:' + type(self).__name__
class Child(Base):
    pass
try:
    raise Child('c')
except Base as e:
    print(e.describe())
class NotException:
    pass
try:
    raise NotException()
except TypeError as e:
    print('TypeError', e)
