# Seed images for the cargo-fuzz targets, made by upy itself:
#     target/release/upy fuzz/seeds.py fuzz/corpus
# Each seed is two bytes (littlefs block size as 64 << b, script bits)
# then the image (see crates/upy-fs/src/fuzzing.rs).
import os
import sys
import vfs


class Dev:
    def __init__(self, n, bs):
        self.bs = bs
        self.data = bytearray(n * bs)

    def readblocks(self, n, buf, off=0):
        at = n * self.bs + off
        buf[:] = self.data[at : at + len(buf)]

    def writeblocks(self, n, buf, off=0):
        at = n * self.bs + off
        self.data[at : at + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.bs
        if op == 5:
            return self.bs
        if op == 6:
            at = arg * self.bs
            self.data[at : at + self.bs] = b"\xff" * self.bs
            return 0


def empty(fs):
    pass


def small(fs):
    for i in range(3):
        with fs.open("/f%d.txt" % i, "w") as f:
            f.write("file %d\n" % i * (i + 1))


def big(fs):
    with fs.open("/big.bin", "wb") as f:
        f.write(bytes(range(256)) * 12)
    with fs.open("/tiny", "w") as f:
        f.write("x")


def tree(fs):
    fs.mkdir("/a")
    fs.mkdir("/a/b")
    fs.mkdir("/c")
    with fs.open("/a/b/deep.txt", "w") as f:
        f.write("deep" * 50)
    with fs.open("/c/long file name.text", "w") as f:
        f.write("long name")
    with fs.open("/a/mid.bin", "wb") as f:
        f.write(b"\x01" * 900)


def many(fs):
    fs.mkdir("/d")
    for i in range(24):
        with fs.open("/d/n%02d" % i, "w") as f:
            f.write(str(i) * i)


out = sys.argv[1]
shapes = [("empty", empty), ("small", small), ("big", big), ("tree", tree), ("many", many)]
# (target, class, block size, blocks)
kinds = [
    ("fs_fat", vfs.VfsFat, 512, 50),
    ("fs_fat", vfs.VfsFat, 512, 64),
    ("fs_lfs1", vfs.VfsLfs1, 128, 48),
    ("fs_lfs1", vfs.VfsLfs1, 512, 32),
    ("fs_lfs2", vfs.VfsLfs2, 128, 48),
    ("fs_lfs2", vfs.VfsLfs2, 512, 32),
]
for target, V, bs, n in kinds:
    g = {64: 0, 128: 1, 256: 2, 512: 3, 1024: 4}[bs]
    for sname, shape in shapes:
        d = Dev(n, bs)
        V.mkfs(d)
        fs = V(d)
        try:
            shape(fs)
        except OSError as e:
            print(target, bs, sname, "OSError", e.errno)
            continue
        for script in (0x03, 0x7C):
            name = "%s/%s/seed_%dx%d_%s_%02x" % (out, target, bs, n, sname, script)
            with open(name, "wb") as f:
                f.write(bytes([g, script]))
                f.write(d.data)
print("done")
