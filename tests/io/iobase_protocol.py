# upy-exp: handwritten: MicroPython's stream protocol for io.IOBase subclasses (readinto/write/ioctl, with read/readline built on readinto and close/flush sent as ioctl 4/1), io.BufferedWriter, and how import reads a module from a filesystem written in Python (stat the directory, the .py, then open 'rb', ioctl 11 for a buffer size, readinto, ioctl 4 to close). CPython's IOBase differs.
import io
import sys
import vfs

class Stream(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.log = []
    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def write(self, b):
        self.log.append(("write", bytes(b)))
        return len(b)
    def ioctl(self, req, arg):
        self.log.append(("ioctl", req, arg))
        return 0

s = Stream(b"line one\nline two\nrest")
print(s.readline(), s.read(4), s.readline(), s.read())
print(s.read(), s.readline())
s.flush()
s.close()
print(s.log)
s = Stream(b"a\nb\n")
print(list(s), s.readlines())
with Stream(b"") as t:
    print("with", t.read())
print(t.log)
print("x", 1, file=t)
print(t.log[-1])

class Empty(io.IOBase):
    def readinto(self, buf):
        return None
print(Empty().read(), Empty().readline())

bts = io.BytesIO()
w = io.BufferedWriter(bts, 8)
print(w.write(b"foobar"), bts.getvalue())
w.write(b"foobar")
print(bts.getvalue())
w.flush()
print(bts.getvalue())
try:
    io.BufferedWriter(bts, 0)
except ValueError as e:
    print("ValueError:", e)

class UserFile(io.IOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readinto(self, buf):
        n = min(len(buf), len(self.data) - self.pos)
        buf[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n
    def ioctl(self, req, arg):
        print("ioctl", req, arg)
        return 0

class UserFS:
    def __init__(self, files):
        self.files = files
    def mount(self, readonly, mkfs):
        pass
    def umount(self):
        pass
    def stat(self, path):
        print("stat", path)
        if path in self.files:
            return (0x8000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        if any(f.startswith(path + "/") for f in self.files):
            return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        raise OSError(2)
    def open(self, path, mode):
        print("open", path, mode)
        return UserFile(self.files[path])

vfs.mount(UserFS({
    "/umod1.py": b"print('in umod1')",
    "/upkg/__init__.py": b"print('in upkg')",
    "/umod2.mpy": b"M\x06",
}), "/userfs")
sys.path.append("/userfs")
import umod1
import upkg
try:
    import umod2
except ValueError as e:
    print("ValueError:", e)
sys.path.pop()
vfs.umount("/userfs")

# What readinto returns, as MicroPython's stream glue reads it: a
# negative number is an errno (OSError), None means "nothing now", and
# anything else is a TypeError.
class Ret(io.IOBase):
    def __init__(self, r):
        self.r = r
    def readinto(self, b):
        return self.r
for r in (-5, -11, "x", 1.5, None, 0):
    for op in ("read", "readline"):
        try:
            print(op, r, getattr(Ret(r), op)(4))
        except OSError as e:
            print(op, r, "OSError", e.args[0])
        except TypeError:
            print(op, r, "TypeError")
