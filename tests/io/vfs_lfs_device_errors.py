# upy-exp: handwritten: littlefs (vfs.VfsLfs1/VfsLfs2) is MicroPython's; a block device that starts failing makes writes raise OSError(EIO) and the filesystem stays usable once it recovers (never a crash). CPython has no equivalent.
import vfs
class Dev:
    def __init__(self, n, bs=512):
        self.bs = bs; self.data = bytearray(n * bs); self.fail = False
    def readblocks(self, n, buf, off=0):
        at = n * self.bs + off
        buf[:] = self.data[at:at + len(buf)]
    def writeblocks(self, n, buf, off=0):
        if self.fail:
            return -5
        at = n * self.bs + off
        self.data[at:at + len(buf)] = buf
    def ioctl(self, op, arg):
        if op == 4: return len(self.data) // self.bs
        if op == 5: return self.bs
        if op == 6:
            if self.fail: return -5
            return 0
for V in (vfs.VfsLfs1, vfs.VfsLfs2):
    d = Dev(64)
    V.mkfs(d)
    fs = V(d)
    f = fs.open("/f", "wb")
    f.write(b"a" * 2000)
    d.fail = True
    for i in range(4):
        try:
            f.write(b"b" * 700)
            print("wrote")
        except OSError as e:
            print("OSError", e.errno)
    d.fail = False
    for op in (lambda: f.write(b"c" * 10), f.flush, f.close):
        try:
            print(op())
        except OSError as e:
            print("after", e.errno)
    print(sorted(x[0] for x in fs.ilistdir("/")), fs.statvfs("/")[3] > 0)
