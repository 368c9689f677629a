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


def run(V, blocks, per_chunk_reads, per_chunk_writes):
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
    print("  write reads", wr <= per_chunk_reads * chunks, "writes", ww <= per_chunk_writes * chunks)
    print("  read reads", rr <= per_chunk_reads * chunks)
    # The same in one call each way.
    fs.remove("/big")
    with fs.open("/one", "wb") as f:
        f.write(chunk * chunks)
    with fs.open("/one", "rb") as f:
        print("  one piece", f.read() == chunk * chunks)
    return wr, ww, rr


counts = run(vfs.VfsFat, 1100, 3, 4)
