# upy-exp: handwritten: vfs.VfsLfs1 is MicroPython's (littlefs v1 on a block device); CPython has no equivalent. Expected output follows MicroPython's behaviour: statvfs as its traversal counts (no inline files in v1), names listed in creation order, littlefs's errno values (52 for an unformatted device), stat as a plain tuple.
import os
import vfs


class RAMBlocks:
    def __init__(self, blocks, size=1024):
        self.size = size
        self.data = bytearray(blocks * size)

    def readblocks(self, n, buf, off=0):
        at = n * self.size + off
        buf[:] = self.data[at : at + len(buf)]

    def writeblocks(self, n, buf, off=0):
        at = n * self.size + off
        self.data[at : at + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.size
        if op == 5:
            return self.size
        if op == 6:
            self.data[arg * self.size : (arg + 1) * self.size] = b"\xff" * self.size
            return 0


def attempt(label, f, *args):
    try:
        print(label, "ok", f(*args))
    except OSError as e:
        print(label, "OSError", e.errno)


bdev = RAMBlocks(30)
attempt("unformatted", vfs.VfsLfs1, bdev)
vfs.VfsLfs1.mkfs(bdev)
fs = vfs.VfsLfs1(bdev)
print(type(fs).__name__, fs.statvfs("/"))
with fs.open("/test", "w") as f:
    f.write("littlefs")
print(fs.statvfs("/")[3])
fs.mkdir("/testdir")
with fs.open("/testdir/big", "wb") as f:
    f.write(bytes(range(256)) * 64)
print(fs.statvfs("/")[3])
for name in ("zz", "b", "a"):
    with fs.open("/" + name, "w") as f:
        f.write(name * 3)
print([e[0] for e in fs.ilistdir("/")])
with fs.open("/testdir/big", "rb") as f:
    f.seek(1000)
    print(f.read(4), len(f.read()))
print(fs.stat("/test"), fs.stat("/testdir")[0])
attempt("remove non-empty", fs.remove, "/testdir")
attempt("mkdir existing", fs.mkdir, "/testdir")
attempt("missing", fs.open, "/nope", "r")
attempt("rename file onto dir", fs.rename, "/test", "/testdir")
fs.rename("/a", "/testdir/a")
print([e[0] for e in fs.ilistdir("/")], [e[0] for e in fs.ilistdir("/testdir")])

# Mounting the bare device finds littlefs v1.
vfs.mount(bdev, "/v1")
print([type(f).__name__ for f, p in vfs.mount() if p == "/v1"], sorted(os.listdir("/v1")))
with open("/v1/testdir/a") as f:
    print(f.read())
vfs.umount("/v1")
