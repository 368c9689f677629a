# OSError attributes: errno, strerror, filename
import errno
e = OSError(errno.ENOENT, 'No such file or directory')
print(e.errno == errno.ENOENT, e.strerror, e.args[1], e.filename)
print(str(e).startswith('[Errno'), str(e).endswith('No such file or directory'))
e2 = OSError('plain message')
print(e2.errno, e2.strerror, str(e2), e2.args)
e3 = OSError(errno.EACCES, 'Permission denied', 'file.txt')
print(e3.errno == errno.EACCES, e3.filename, str(e3).endswith("Permission denied: 'file.txt'"))
e5 = OSError()
print(e5.args, e5.errno, str(e5))
try:
    raise OSError(errno.EINVAL, 'Invalid argument')
except OSError as ex:
    print(ex.errno == errno.EINVAL, ex.strerror)
try:
    raise FileNotFoundError(errno.ENOENT, 'gone', 'x.txt')
except OSError as ex:
    print(type(ex).__name__, ex.errno == errno.ENOENT, ex.filename)
class MyOSError(OSError):
    pass
m = MyOSError(5, 'io')
print(m.errno, m.strerror, isinstance(m, OSError))
print(str(OSError(2, 'msg')), repr(OSError('a')))
