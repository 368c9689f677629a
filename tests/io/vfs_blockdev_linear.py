# upy-exp: handwritten: vfs.VfsFat/VfsLfs2/VfsLfs1 on a block device written in Python are MicroPython's; CPython has no vfs module. A file of 500 KB written and read back in 4 KiB chunks (and in one piece) under the default heap, with readblocks/writeblocks call counts checked against linear bounds (FatFs on MicroPython makes a handful of calls per chunk).
import vfs


class RAM:
    def __init__(self, blocks, size=512):
        self.size = size
        self.data = bytearray(blocks * size)
        self.reads = self.writes = 0

    def readblocks(self, n, buf, off=0):
        self.reads += 1
        at = n * self.size + off
        buf[:] = self.data[at : at + len(buf)]

    def writeblocks(self, n, buf, off=0):
        self.writes += 1
        at = n * self.size + off
        self.data[at : at + len(buf)] = buf

    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // self.size
        if op == 5:
            return self.size
        if op == 6:
            return 0


SIZE = 500 * 1024
CHUNK = 4096
chunk = bytes(i * 7 & 255 for i in range(CHUNK))


def run(V, blocks, write_reads, write_writes, read_reads):
    d = RAM(blocks)
    V.mkfs(d)
    fs = V(d)
    chunks = SIZE // CHUNK
    d.reads = d.writes = 0
    with fs.open("/big", "wb") as f:
        for i in range(chunks):
            f.write(chunk)
    wr, ww = d.reads, d.writes
    d.reads = d.writes = 0
    same = True
    with fs.open("/big", "rb") as f:
        for i in range(chunks):
            if f.read(CHUNK) != chunk:
                same = False
        same = same and f.read(CHUNK) == b""
    rr = d.reads
    print(V.__name__, "chunks", same, fs.stat("/big")[6] == SIZE)
    print("  write reads", wr <= write_reads * chunks, "writes", ww <= write_writes * chunks)
    print("  read reads", rr <= read_reads * chunks)
    # The same in one call each way.
    fs.remove("/big")
    with fs.open("/one", "wb") as f:
        f.write(chunk * chunks)
    with fs.open("/one", "rb") as f:
        print("  one piece", f.read() == chunk * chunks)
    return wr, ww, rr


# Bounds per 4 KiB chunk. FAT: a FAT sector and the directory entry per
# chunk, the data in one transfer. littlefs: the data a block at a time
# (8 per chunk) with the pointer of each block read, and a traversal of
# the filesystem for each window of free blocks (v1's window is 32 blocks
# as MicroPython configures it, so writing costs it more reads).
run(vfs.VfsFat, 1100, 3, 4, 3)
run(vfs.VfsLfs2, 1100, 24, 10, 20)
run(vfs.VfsLfs1, 1100, 150, 10, 20)
