# upy-exp: handwritten: MicroPython's VFS with nothing mounted at "/" (the root lists the mount points), the current directory kept per mount, and relative paths handed unchanged to a filesystem written in Python. CPython has no vfs module.
import os
import vfs


class LogFS:
    def __init__(self, name, fail_chdir=False):
        self.name = name
        self.cwd = "/"
        self.fail_chdir = fail_chdir

    def log(self, *args):
        print(self.name, *args)

    def mount(self, readonly, mkfs):
        self.log("mount", readonly, mkfs)

    def umount(self):
        self.log("umount")

    def ilistdir(self, path):
        self.log("ilistdir", repr(path))
        return iter([(self.name + "_file", 0x8000, 0, 3)])

    def chdir(self, path):
        self.log("chdir", repr(path))
        if self.fail_chdir:
            raise OSError(2)
        self.cwd = path

    def getcwd(self):
        self.log("getcwd")
        return self.cwd

    def stat(self, path):
        self.log("stat", repr(path))
        return (0x8000, 0, 0, 0, 0, 0, 3, 0, 0, 0)

    def statvfs(self, path):
        self.log("statvfs", repr(path))
        return (1024, 1024, 10, 5, 5, 0, 0, 0, 0, 255)

    def mkdir(self, path):
        self.log("mkdir", repr(path))

    def rmdir(self, path):
        self.log("rmdir", repr(path))

    def remove(self, path):
        self.log("remove", repr(path))

    def rename(self, a, b):
        self.log("rename", repr(a), repr(b))

    def open(self, path, mode):
        self.log("open", repr(path), mode)
        return None


def attempt(label, f, *args):
    try:
        r = f(*args)
        print(label, "->", r)
    except OSError as e:
        print(label, "OSError", e.args[0])


# Unmount everything: the host filesystem at "/" first.
vfs.umount("/")
print(vfs.mount())
print(os.listdir("/"), os.listdir(), os.getcwd())
print(os.stat("/"))
print(os.statvfs("/")[9] > 0, len(os.statvfs("/")))
for name in ("stat", "listdir", "mkdir", "rmdir", "remove", "chdir"):
    attempt(name, getattr(os, name), "/nothing")
attempt("mkdir /", os.mkdir, "/")
attempt("remove /", os.remove, "/")
attempt("open /nothing", open, "/nothing")

# Mount points appear in the root; mount() lists them in lookup order.
a = LogFS("A")
b = LogFS("B")
vfs.mount(a, "/a")
vfs.mount(b, "/b", readonly=True)
print(os.listdir("/"), list(os.ilistdir("/")))
print([p for fs, p in vfs.mount()])
attempt("mount over /a", vfs.mount, LogFS("C"), "/a")
attempt("mkdir /a", os.mkdir, "/a")
attempt("rename across", os.rename, "/a/x", "/b/x")
attempt("write on read-only", open, "/b/x", "w")
attempt("remove on read-only", os.remove, "/b/x")
print(os.listdir("/a/sub/"))
print(os.stat("/a/f"), os.statvfs("/b"))

# chdir into a mount: relative paths go to its filesystem unchanged.
os.chdir("/a")
print(os.getcwd())
print(os.listdir())
os.mkdir("d")
os.rename("x", "y")
open("rel.txt", "w")
os.chdir("sub")
print(os.getcwd())
# An absolute path still goes through the mount table.
print(os.listdir("/b"))
# A failing chdir leaves the current directory alone.
c = LogFS("C", fail_chdir=True)
vfs.mount(c, "/c")
attempt("chdir /c", os.chdir, "/c")
print(os.getcwd())
# Unmounting the current mount makes the root current.
vfs.umount(a)
print(os.getcwd(), os.listdir())
attempt("umount again", vfs.umount, "/a")
attempt("umount unknown object", vfs.umount, LogFS("D"))

# A filesystem at "/" lists after the mount points and takes relative
# paths from the root.
r = LogFS("R")
vfs.mount(r, "/")
print([p for fs, p in vfs.mount()])
print(os.listdir("/"))
print(os.stat("/"))
print(os.statvfs("/"))
open("top.txt")
os.chdir("/")
os.chdir("/deep/er")
print(os.getcwd())
print(os.listdir("/c"))
vfs.umount("/")
vfs.umount("/b")
vfs.umount(c)
print(vfs.mount(), os.getcwd())
