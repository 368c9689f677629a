# upy-exp: handwritten: execfile is MicroPython's builtin (its unix port's), reading through the VFS; the output is the reference MicroPython's
import io, vfs, micropython

class File(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.off = 0
    def ioctl(self, request, arg):
        return 0 if request == 4 else -1
    def readinto(self, buf):
        chunk = self.data[self.off:self.off + len(buf)]
        buf[:len(chunk)] = chunk
        self.off += len(chunk)
        return len(chunk)

class Filesystem:
    def mount(self, readonly, mkfs):
        print('mount', readonly, mkfs)
    def umount(self):
        print('umount')
    def open(self, file, mode):
        print('open', file, mode)
        if file != '/t.py':
            raise OSError(2)
        return File(b'x = 40 + 2\nprint("ran", x)\n')

fs = Filesystem()
vfs.mount(fs, '/mnt_execfile')
try:
    execfile('/mnt_execfile/none.py')
except OSError:
    print('OSError')
execfile('/mnt_execfile/t.py')
print(x)
g = {}
execfile('/mnt_execfile/t.py', g)
print(g['x'], 'x' in g)
try:
    execfile(b'/mnt_execfile/t.py')
except TypeError:
    print('TypeError')
vfs.umount(fs)
t0 = micropython.mem_total()
l = list(range(1000))
print(micropython.mem_total() > t0, micropython.mem_current() > 0, micropython.mem_peak() >= micropython.mem_current())
