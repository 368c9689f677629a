# upy-exp: handwritten: the vfs module (mount, umount, VfsPosix) and os.ilistdir are MicroPython's; CPython has neither. The expected output is MicroPython's behaviour as its documentation describes it.
import os
import vfs

# A filesystem written in Python: a flat dict of files.
class MemFile:
    def __init__(self, fs, name, mode):
        self.fs, self.name, self.mode = fs, name, mode
        self.pos = 0
        if "w" in mode:
            fs.files[name] = ""
    def read(self, n=-1):
        data = self.fs.files[self.name][self.pos:]
        if n >= 0:
            data = data[:n]
        self.pos += len(data)
        return data
    def write(self, s):
        self.fs.files[self.name] += s
        return len(s)
    def close(self):
        pass
    def __enter__(self):
        return self
    def __exit__(self, *a):
        self.close()

class MemFS:
    def __init__(self):
        self.files = {}
        self.log = []
    def key(self, path):
        # Relative paths arrive unchanged (the VFS does not join them
        # with this filesystem's current directory); it is flat anyway.
        return path.lstrip("/")
    def mount(self, readonly, mkfs):
        self.log.append(("mount", readonly, mkfs))
    def umount(self):
        self.log.append(("umount",))
    def open(self, path, mode):
        self.log.append(("open", path, mode))
        if "r" in mode and self.key(path) not in self.files:
            raise OSError(2)
        return MemFile(self, self.key(path), mode)
    def ilistdir(self, path):
        self.log.append(("ilistdir", path))
        for name in sorted(self.files):
            yield (name, 0x8000, 0, len(self.files[name]))
    def stat(self, path):
        self.log.append(("stat", path))
        if path == "/":
            return (0x4000, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        if self.key(path) in self.files:
            return (0x8000, 0, 0, 0, 0, 0, len(self.files[self.key(path)]), 0, 0, 0)
        raise OSError(2)
    def remove(self, path):
        self.log.append(("remove", path))
        del self.files[self.key(path)]
    def mkdir(self, path):
        raise OSError(1)
    def rename(self, a, b):
        self.files[self.key(b)] = self.files.pop(self.key(a))
    def statvfs(self, path):
        return (512, 512, 100, 90, 90, 0, 0, 0, 0, 255)
    def chdir(self, path):
        self.log.append(("chdir", path))
        self.cwd = path
    def getcwd(self):
        return self.cwd

mem = MemFS()
vfs.mount(mem, "/mem")
print(mem.log)
with open("/mem/a.txt", "w") as f:
    print(f.write("hello"))
with open("/mem/a.txt") as f:
    print(f.read())
print(os.listdir("/mem"), list(os.ilistdir("/mem")))
print(os.stat("/mem/a.txt")[6], os.statvfs("/mem")[0])
os.rename("/mem/a.txt", "/mem/b.txt")
print(os.listdir("/mem"))
try:
    os.mkdir("/mem/d")
except OSError as e:
    print("OSError", e.args[0])
here = os.getcwd()
os.chdir("/mem")
print(os.getcwd(), os.listdir())
with open("b.txt") as f:
    print(f.read())
os.chdir(here)
print(os.getcwd() == here)
print([p for fs, p in vfs.mount()])
try:
    vfs.mount(MemFS(), "/mem")
except OSError as e:
    print("OSError", e.args[0])
with open("/mem/memmod.py", "w") as f:
    f.write("VALUE = 42\ndef hello():\n    return 'hello from /mem'\n")
import sys
sys.path.append("/mem")
import memmod
print(memmod.VALUE, memmod.hello(), memmod.__file__)
sys.path.pop()
os.remove("/mem/memmod.py")
os.remove("/mem/b.txt")
vfs.umount("/mem")
print(mem.log[-3:])
try:
    open("/mem/b.txt")
except OSError as e:
    print("OSError", e.args[0])
try:
    vfs.umount("/mem")
except OSError as e:
    print("OSError", e.args[0])

# Read-only mounts refuse changes.
ro = MemFS()
ro.files["x"] = "data"
vfs.mount(ro, "/ro", readonly=True)
print(ro.log)
with open("/ro/x") as f:
    print(f.read())
for op in (lambda: open("/ro/y", "w"), lambda: os.remove("/ro/x"), lambda: os.mkdir("/ro/d")):
    try:
        op()
    except OSError as e:
        print("OSError", e.args[0])
vfs.umount(ro)

# A sandboxed host directory.
os.mkdir("vfs_mounts.dir")
os.mkdir("vfs_mounts.dir/inner")
with open("vfs_mounts.dir/inner/f", "w") as f:
    f.write("inside")
box = vfs.VfsPosix("vfs_mounts.dir")
print([e[:2] for e in box.ilistdir("/")], box.stat("/inner/f")[6], box.stat("inner/f")[6])
vfs.mount(box, "/box")
print(os.listdir("/box"), os.listdir("/box/inner"))
with open("/box/inner/f") as f:
    print(f.read())
with open("/box/../box/inner/../inner/f") as f:
    print(f.read())
print("box" in os.listdir("/"), "box" in os.listdir("/box/.."))
for p in ("/../vfs_mounts.py", "../../vfs_mounts.py", "/inner/../../vfs_mounts.py"):
    try:
        box.open(p, "r")
    except OSError as e:
        print("escape refused", e.args[0])
vfs.umount(box)
os.remove("vfs_mounts.dir/inner/f")
os.rmdir("vfs_mounts.dir/inner")
os.rmdir("vfs_mounts.dir")
print(type(os.VfsPosix).__name__, os.mount is vfs.mount or os.mount.__name__)
for bad in (None, 5):
    try:
        vfs.mount(bad, "/bad")
    except AttributeError as e:
        print("AttributeError:", e)
print([p for fs, p in vfs.mount()])
