# upy-exp: handwritten: littlefs (vfs.VfsLfs1/VfsLfs2) is MicroPython's; on an image whose file skip-list is damaged, block allocation fails with errno 84 (LFS_ERR_CORRUPT) every time, as the C library's allocator does after a failed traversal, and never crashes. CPython has no equivalent.
import vfs


class Dev:
    def __init__(self, n, bs=512):
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
            return 0


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except OSError as e:
        print(label, "OSError", e.errno)


# The file's second block: block 3 in v2 (after the root pair), block 5 in
# v1 (after the superblock and root pairs).
for V, second in ((vfs.VfsLfs2, 3), (vfs.VfsLfs1, 5)):
    print(V.__name__)
    d = Dev(64)
    V.mkfs(d)
    fs = V(d)
    with fs.open("/f", "wb") as f:
        f.write(bytes(range(250)) * 8)
    vfs.mount(fs, "/lfs")
    vfs.umount("/lfs")
    # Its pointer to the first block now points past the device.
    d.data[second * 512] = 255
    fs = V(d)
    f = fs.open("/f", "wb")
    for i in range(3):
        attempt("write", f.write, b"x" * 1000)
    attempt("close", f.close)
    attempt("stat", lambda: fs.stat("/f")[6])
    attempt("listdir", lambda: [e[0] for e in fs.ilistdir("/")])
    attempt("mkdir", fs.mkdir, "/d")
    attempt("read", lambda: len(fs.open("/f", "rb").read()))
