"""Random file operations run twice under upy: on a host directory and on
a FAT or littlefs volume (on a RAM block device). The outputs must match.

    python3 fuzz/fatdiff/run.py [count] [seed] [fat|lfs|lfs1]

Names are lower case and distinct, so FAT's case-insensitivity and its
own errno values (EACCES for a non-empty rmdir) stay out of the way."""

import os
import random
import subprocess
import sys
import tempfile

UPY = os.path.join(os.path.dirname(__file__), "..", "..", "target", "release", "upy")


def program(rng, root, setup):
    lines = [
        "import os, vfs",
        setup,
        "R = %r" % root,
        "def show(tag, f, *a):",
        "    try:",
        "        r = f(*a)",
        "        print(tag, r if not isinstance(r, list) else sorted(r))",
        "    except OSError as e:",
        "        print(tag, 'OSError', e.errno)",
        "def wr(p, mode, data, seek=None):",
        "    with open(p, mode) as f:",
        "        if seek is not None:",
        "            f.seek(seek)",
        "        return f.write(data)",
        "def rd(p, seek=0, n=-1):",
        "    with open(p, 'rb') as f:",
        "        f.seek(seek)",
        "        d = f.read(n)",
        "        return (len(d), hash(d) & 0xffff, d[:8])",
        "def tr(p, n):",
        "    with open(p, 'r+b') as f:",
        "        return f.truncate(n)",
    ]
    names = ["a.txt", "bb.bin", "long file name.dat", "c", "d.tar.gz"]
    dirs = ["", "sub/", "sub/deep/"]
    lines.append("show('mkdir', os.mkdir, R + '/sub')")
    lines.append("show('mkdir', os.mkdir, R + '/sub/deep')")
    for i in range(rng.randint(20, 60)):
        p = "R + '/%s%s'" % (rng.choice(dirs), rng.choice(names))
        op = rng.randrange(8)
        n = rng.choice([0, 1, 100, 511, 512, 513, 1500, 4000])
        data = "(bytes(range(%d)) * %d)" % (rng.randint(1, 255), n // 100 + 1)
        if op == 0:
            lines.append("show('w%d', wr, %s, 'wb', %s[:%d])" % (i, p, data, n))
        elif op == 1:
            lines.append("show('a%d', wr, %s, 'ab', %s[:%d])" % (i, p, data, n))
        elif op == 2:
            lines.append("show('r%d', rd, %s, %d, %d)" % (i, p, rng.randint(0, 2000), rng.choice([-1, 10, 700])))
        elif op == 3:
            lines.append("show('s%d', wr, %s, 'r+b', b'XYZ', %d)" % (i, p, rng.randint(0, 3000)))
        elif op == 4:
            lines.append("show('t%d', tr, %s, %d)" % (i, p, rng.randint(0, 3000)))
        elif op == 5:
            lines.append("show('rm%d', os.remove, %s)" % (i, p))
        elif op == 6:
            q = "R + '/%s%s'" % (rng.choice(dirs), rng.choice(names))
            lines.append("show('mv%d', os.rename, %s, %s)" % (i, p, q))
        else:
            lines.append("show('ls%d', os.listdir, R + '/%s')" % (i, rng.choice(dirs)))
            lines.append("show('st%d', lambda q: os.stat(q)[6], %s)" % (i, p))
    for d in dirs:
        lines.append("show('end', os.listdir, R + '/%s')" % d)
    return "\n".join(lines) + "\n"


def run(src):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
    try:
        r = subprocess.run([UPY, f.name], capture_output=True, text=True, timeout=60)
        return r.returncode, r.stdout, r.stderr
    finally:
        os.unlink(f.name)


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    kind = {"lfs": "VfsLfs2", "lfs1": "VfsLfs1"}.get(sys.argv[3] if len(sys.argv) > 3 else "", "VfsFat")
    bad = 0
    for k in range(count):
        rng = random.Random(seed + k)
        ops = rng.getstate()
        with tempfile.TemporaryDirectory() as host:
            rng.setstate(ops)
            a = run(program(rng, host, "pass"))
        rng.setstate(ops)
        fat_setup = (
            "dev = vfs.RAMBlockDev(512, 2048)\n"
            "vfs.%s.mkfs(dev)\n"
            "vfs.mount(vfs.%s(dev), '/fat')" % (kind, kind)
        )
        b = run(program(rng, "/fat", fat_setup))
        if a != b:
            bad += 1
            print("seed", seed + k, "differs")
            for x, y in zip(a[1].splitlines(), b[1].splitlines()):
                if x != y:
                    print("  host:", x)
                    print("  fat: ", y)
                    break
            if a[2] or b[2]:
                print("  stderr:", (a[2] or b[2])[-300:])
    print("%d programs, %d differ" % (count, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
