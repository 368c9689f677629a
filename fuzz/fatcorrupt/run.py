"""Corrupted FAT or littlefs images must give Python exceptions, never a
panic or a hang: build a volume with files and directories under upy,
flip random bytes of its image, then mount it and walk, read, write and
remove.

    python3 fuzz/fatcorrupt/run.py [count] [seed] [fat|lfs|lfs1]
"""

import os
import subprocess
import sys
import tempfile

UPY = os.path.join(os.path.dirname(__file__), "..", "..", "target", "release", "upy")

PROGRAM = r'''
import os, vfs, random
random.seed(%(seed)d)

class Dev:
    def __init__(self, n):
        self.data = bytearray(n * 512)
    def readblocks(self, n, buf, off=0):
        buf[:] = self.data[n * 512 + off : n * 512 + off + len(buf)]
    def writeblocks(self, n, buf, off=0):
        self.data[n * 512 + off : n * 512 + off + len(buf)] = buf
    def ioctl(self, op, arg):
        if op == 4:
            return len(self.data) // 512
        if op == 5:
            return 512
        if op == 6:
            self.data[arg * 512 : arg * 512 + 512] = b"\xff" * 512
            return 0

Vfs = vfs.%(kind)s
dev = Dev(%(blocks)d)
Vfs.mkfs(dev)
fs = Vfs(dev)
fs.mkdir("/d")
fs.mkdir("/d/e")
for i, p in enumerate(["/a.txt", "/A Long Name.bin", "/d/b", "/d/e/c.py", "/d/another long one"]):
    with fs.open(p, "wb") as f:
        f.write(bytes([i]) * (300 * i + 10))
for _ in range(%(flips)d):
    # Mostly the system area (boot sector, FAT, root directory).
    k = random.randrange(%(hot)d) if random.random() < 0.8 else random.randrange(len(dev.data))
    dev.data[k] = random.randrange(256)

def walk(fs, path, depth=0):
    if depth > 6:
        return
    for e in fs.ilistdir(path):
        p = path.rstrip("/") + "/" + e[0]
        try:
            if e[1] == 0x4000:
                walk(fs, p, depth + 1)
            else:
                with fs.open(p, "rb") as f:
                    f.read()
                fs.stat(p)
        except (OSError, ValueError):
            # A name read from a corrupted directory may hold a NUL.
            pass

for step in range(6):
    try:
        fs = Vfs(dev)
        fs.statvfs("/")
        walk(fs, "/")
        with fs.open("/new%%d" %% step, "wb") as f:
            f.write(b"x" * 700)
        fs.mkdir("/nd%%d" %% step)
        fs.rename("/a.txt", "/d/moved")
        fs.remove("/d/moved")
        fs.rmdir("/d/e")
    except (OSError, ValueError) as e:
        print(step, type(e).__name__)
print("done")
'''


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    kind = {"lfs": "VfsLfs2", "lfs1": "VfsLfs1"}.get(sys.argv[3] if len(sys.argv) > 3 else "", "VfsFat")
    bad = 0
    for k in range(count):
        s = seed + k
        src = PROGRAM % {
            "seed": s,
            "kind": kind,
            "blocks": [50, 200, 4200][s % 3],
            "flips": 1 + s % 7,
            "hot": ([34, 40, 60][s % 3] if kind == "VfsFat" else 8) * 512,
        }
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
            f.write(src)
        try:
            r = subprocess.run([UPY, f.name], capture_output=True, text=True, timeout=60)
            if r.returncode != 0 or "done" not in r.stdout:
                bad += 1
                print("seed", s, "exit", r.returncode, r.stderr[-400:])
        except subprocess.TimeoutExpired:
            bad += 1
            print("seed", s, "hangs")
        finally:
            os.unlink(f.name)
    print("%d images, %d failed" % (count, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
