# errno module constants and errorcode mapping
import errno
names = ['EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENODEV', 'EISDIR',
         'EINVAL', 'ENOSPC', 'EPIPE', 'ETIMEDOUT', 'ECONNREFUSED', 'ECONNRESET', 'EINPROGRESS', 'EALREADY',
         'ENOTCONN', 'EHOSTUNREACH', 'EOPNOTSUPP', 'EADDRINUSE', 'ENOBUFS', 'ECONNABORTED']
for n in names:
    v = getattr(errno, n)
    print(n, type(v).__name__, errno.errorcode[v] == n or n in ('EAGAIN', 'EOPNOTSUPP'))
print(errno.EPERM, errno.ENOENT, errno.EIO, errno.EBADF, errno.ENOMEM, errno.EACCES, errno.EEXIST, errno.EINVAL)
print(type(errno.errorcode).__name__, errno.errorcode[errno.ENOENT], errno.errorcode[errno.EINVAL])
print(all(isinstance(k, int) and isinstance(v, str) for k, v in errno.errorcode.items()))
e = OSError(errno.EEXIST, 'File exists')
print(e.errno == errno.EEXIST, errno.errorcode[e.errno])
print(hasattr(errno, 'ENOENT'), hasattr(errno, 'ENOTAREALERRNO'))
