# upy-exp: handwritten: vfs.VfsFat is MicroPython's (FAT on a block device, laid out as MicroPython's FatFs lays it out); CPython has no equivalent. Expected output follows MicroPython's documented behaviour: statvfs figures of its mkfs, its errno values (EACCES for a non-empty rmdir, ENOENT for a path through a file), 4-tuples from ilistdir.
import os
import vfs


class RAMBlocks:
    # A block device in Python, with the simple protocol FAT uses.
    def __init__(self, blocks, size=512):
        self.size = size
        self.data = bytearray(blocks * size)
        self.log = []

    def readblocks(self, n, buf):
        buf[:] = self.data[n * self.size : n * self.size + len(buf)]

    def writeblocks(self, n, buf):
        self.data[n * self.size : n * self.size + len(buf)] = buf

    def ioctl(self, op, arg):
        self.log.append(op)
        if op == 4:
            return len(self.data) // self.size
        if op == 5:
            return self.size


def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, "ok", r)
    except OSError as e:
        print(label, "OSError", e.errno)


bdev = RAMBlocks(50)
vfs.VfsFat.mkfs(bdev)
print(sorted(set(bdev.log)))
fs = vfs.VfsFat(bdev)
print(type(fs).__name__, fs.statvfs("/"))
vfs.mount(fs, "/fat")
print(os.listdir("/fat"), os.statvfs("/fat")[:4])

# Files: text and binary, long and short names.
with open("/fat/foo_file.txt", "w") as f:
    print(f.write("hello!\n"), f.write("second line\n"))
print(b"FOO_FILETXT" in bdev.data, b"hello!" in bdev.data)
with open("/fat/A Long Name.Data", "wb") as f:
    f.write(bytes(range(256)) * 3)
with open("/fat/foo_file.txt") as f:
    print(f.readlines())
with open("/fat/a long name.data", "rb") as f:
    data = f.read()
    print(len(data), data == bytes(range(256)) * 3)
    f.seek(510)
    print(f.read(4), f.tell())
print(os.listdir("/fat"))
print(list(fs.ilistdir("/")))
print(os.stat("/fat/foo_file.txt")[:7], os.stat("/fat")[0])

# Directories and the current directory.
os.mkdir("/fat/dir")
os.chdir("/fat/dir")
print(os.getcwd())
with open("inner.txt", "w") as f:
    f.write("inside")
os.mkdir("sub")
print(os.listdir(), os.listdir(".."))
os.chdir("sub")
print(os.getcwd(), os.listdir("/fat/dir/sub"))
os.chdir("/")

# Errors, with MicroPython's FAT errno values.
attempt("rmdir non-empty", os.rmdir, "/fat/dir")
attempt("rmdir a file", os.rmdir, "/fat/foo_file.txt")
attempt("remove a dir", os.remove, "/fat/dir")
attempt("mkdir existing", os.mkdir, "/fat/dir")
attempt("mkdir bad name", os.mkdir, "/fat/a?b")
attempt("path through a file", os.stat, "/fat/foo_file.txt/x")
attempt("missing", open, "/fat/missing.txt")
attempt("x mode on existing", open, "/fat/foo_file.txt", "x")
attempt("chdir missing", os.chdir, "/fat/nope")

# Rename: over an existing file, into a directory, a directory.
with open("/fat/other.txt", "w") as f:
    f.write("other")
os.rename("/fat/other.txt", "/fat/dir/inner.txt")
with open("/fat/dir/inner.txt") as f:
    print(f.read())
os.rename("/fat/dir/sub", "/fat/moved")
print(sorted(os.listdir("/fat")), os.listdir("/fat/dir"))
attempt("rename onto a dir", os.rename, "/fat/foo_file.txt", "/fat/moved")

# Space comes and goes.
before = os.statvfs("/fat")[3]
with open("/fat/big.bin", "wb") as f:
    f.write(b"z" * 3000)
print(before - os.statvfs("/fat")[3])
os.remove("/fat/big.bin")
print(os.statvfs("/fat")[3] == before)
f = open("/fat/fill.bin", "wb")
try:
    while True:
        f.write(b"f" * 512)
except OSError as e:
    print("full", e.errno, os.statvfs("/fat")[3])
f.close()
os.remove("/fat/fill.bin")

# A file dropped without close keeps what was written.
def scribble():
    g = open("/fat/dropped.txt", "w")
    g.write("not lost")

scribble()
import gc

gc.collect()
with open("/fat/dropped.txt") as f:
    print(f.read())

# Unmount, mount again (a block device mounted directly gets its FAT
# filesystem), and the data is all there.
vfs.umount("/fat")
vfs.mount(bdev, "/again")
print(sorted(os.listdir("/again")), os.listdir("/again/dir"))
vfs.umount("/again")

# Read-only mounts, an unformatted device, a device too small.
vfs.mount(vfs.VfsFat(bdev), "/ro", readonly=True)
attempt("write on read-only", open, "/ro/new.txt", "w")
with open("/ro/foo_file.txt") as f:
    print(f.read(5))
vfs.umount("/ro")
attempt("unformatted", vfs.VfsFat(RAMBlocks(50)).statvfs, "/")
attempt("too small", vfs.VfsFat.mkfs, RAMBlocks(21))

# A native RAM block device, large enough for FAT16.
ram = vfs.RAMBlockDev(512, 8192)
vfs.VfsFat.mkfs(ram)
big = vfs.VfsFat(ram)
print(big.statvfs("/"))
with big.open("/data.bin", "wb") as f:
    f.write(b"0123456789" * 1000)
with big.open("/data.bin", "rb") as f:
    f.seek(9995)
    print(f.read())
big.mkdir("/d")
print(list(big.ilistdir("/")))


# Errors raised by a Python block device reach the caller.
class Broken(RAMBlocks):
    def readblocks(self, n, buf):
        raise RuntimeError("device gone")


broken = Broken(50)
vfs.VfsFat.mkfs(broken)
try:
    vfs.VfsFat(broken)
except RuntimeError as e:
    print("RuntimeError", e)
