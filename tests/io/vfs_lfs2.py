# upy-exp: handwritten: vfs.VfsLfs2 is MicroPython's (littlefs v2 on a block device, configured as MicroPython configures it); CPython has no equivalent. Expected output follows MicroPython's behaviour: statvfs counts as its littlefs traversal does (each directory twice), names listed in littlefs's order, littlefs's errno values.
import gc
import os
import vfs


class RAMBlocks:
    # A block device in Python with the extended protocol littlefs uses.
    def __init__(self, blocks, size=1024):
        self.size = size
        self.data = bytearray(blocks * size)
        self.ops = set()

    def readblocks(self, n, buf, off=0):
        at = n * self.size + off
        buf[:] = self.data[at : at + len(buf)]

    def writeblocks(self, n, buf, off=None):
        at = n * self.size + (off or 0)
        self.data[at : at + len(buf)] = buf

    def ioctl(self, op, arg):
        self.ops.add(op)
        if op == 4:
            return len(self.data) // self.size
        if op == 5:
            return self.size
        if op == 6:
            at = arg * self.size
            self.data[at : at + self.size] = b"\xff" * self.size
            return 0


def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, "ok", r)
    except OSError as e:
        print(label, "OSError", e.errno)


bdev = RAMBlocks(30)
attempt("unformatted", vfs.VfsLfs2, bdev)
vfs.VfsLfs2.mkfs(bdev)
fs = vfs.VfsLfs2(bdev)
print(type(fs).__name__, fs.statvfs("/"))
print(sorted(op for op in bdev.ops if isinstance(op, int)))

# Small files live inline in their directory: no block used.
with fs.open("/test", "w") as f:
    print(f.write("littlefs"))
print(fs.statvfs("/")[3], list(fs.ilistdir("/")), list(fs.ilistdir(b"/")))
fs.mkdir("/testdir")
with fs.open("/testdir/big", "wb") as f:
    f.write(bytes(range(256)) * 64)
print(fs.statvfs("/")[3], list(fs.ilistdir("/")))
with fs.open("/testdir/big", "rb") as f:
    data = f.read()
    print(len(data), data == bytes(range(256)) * 64)
    f.seek(1000)
    print(f.read(4), f.tell())
print(fs.stat("/test")[:7], fs.stat("/testdir")[0])

# Names: littlefs keeps them sorted, a name before its own prefixes.
for name in ("b", "a", "ab", "abc", "B"):
    with fs.open("/testdir/" + name, "w") as f:
        f.write(name)
print([e[0] for e in fs.ilistdir("/testdir")])

# Append, overwrite in the middle, truncate through 'w'.
with fs.open("/test", "a") as f:
    f.write("MORE")
with fs.open("/test", "r+") as f:
    f.seek(2)
    f.write("TT")
with fs.open("/test") as f:
    print(f.read())

# Errors.
attempt("remove non-empty", fs.remove, "/testdir")
attempt("rmdir a file", fs.rmdir, "/test")
attempt("mkdir existing", fs.mkdir, "/testdir")
attempt("missing", fs.open, "/nope", "r")
attempt("x on existing", fs.open, "/test", "x")
attempt("through a file", fs.stat, "/test/x")
attempt("long name", fs.mkdir, "/" + "n" * 256)
attempt("rename file onto dir", fs.rename, "/test", "/testdir")

# Rename, chdir/getcwd on the filesystem itself.
fs.rename("/testdir/abc", "/moved")
print([e[0] for e in fs.ilistdir("/")])
fs.chdir("/testdir")
print(fs.getcwd(), sorted(e[0] for e in fs.ilistdir()))
fs.chdir("/")

# Mounted, through os and open; read-only mounts refuse writes.
vfs.mount(fs, "/lfs")
with open("/lfs/via_open.txt", "w") as f:
    f.write("through the VFS")
print(sorted(os.listdir("/lfs")), os.stat("/lfs/via_open.txt")[6])
vfs.umount("/lfs")
vfs.mount(vfs.VfsLfs2(bdev), "/ro", readonly=True)
attempt("write on read-only", open, "/ro/new", "w")
with open("/ro/via_open.txt") as f:
    print(f.read())
vfs.umount("/ro")

# A file dropped without close is written when collected.
def scribble():
    f = fs.open("/dropped", "w")
    f.write("not lost")


scribble()
gc.collect()
with fs.open("/dropped") as f:
    print(f.read())

# Full device: ENOSPC, and the space comes back.
free = fs.statvfs("/")[3]
f = fs.open("/fill", "wb")
try:
    while True:
        f.write(b"x" * 1024)
except OSError as e:
    print("full", e.errno)
f.close()
fs.remove("/fill")
print(fs.statvfs("/")[3] == free)

# A native block device, and errors raised by a Python device.
ram = vfs.RAMBlockDev(512, 64)
vfs.VfsLfs2.mkfs(ram, progsize=64)
n = vfs.VfsLfs2(ram, progsize=64)
print(n.statvfs("/"))


class Broken(RAMBlocks):
    def readblocks(self, n, buf, off=0):
        raise RuntimeError("device gone")


try:
    vfs.VfsLfs2(Broken(30))
except RuntimeError as e:
    print("RuntimeError", e)

# A block device mounted directly gets the filesystem found on it.
vfs.mount(bdev, "/auto")
print([type(f).__name__ for f, p in vfs.mount() if p == "/auto"], "test" in os.listdir("/auto"))
vfs.umount("/auto")
