# upy-exp: handwritten: vfs.VfsPosix(root) is MicroPython's; as a sandbox, upy resolves every path beneath the root link by link: relative symbolic links that stay inside work for every operation (a/b/up -> ../../top.txt, a/sib -> ../c), one that climbs out (a/out -> ../../sandbox_root/inside.txt) is EACCES, a link to itself ELOOP. MicroPython does not sandbox links; CPython has no vfs module.
import os
import vfs

home = os.getcwd()
vfs.umount("/")
vfs.mount(vfs.VfsPosix(home + "/sandbox_links_root"), "/")
os.chdir("/")


def attempt(label, f):
    try:
        print(label, "->", f())
    except OSError as e:
        print(label, "-> OSError", e.args[0])


def read(p):
    with open(p) as f:
        return f.read().strip()


def write(p, s):
    with open(p, "w") as f:
        return f.write(s)


attempt("listdir /", lambda: sorted(os.listdir("/")))
attempt("read up", lambda: read("/a/b/up"))
attempt("stat up", lambda: os.stat("a/b/up")[6])
attempt("read through sib", lambda: read("/a/sib/file.txt"))
attempt("listdir sib", lambda: sorted(os.listdir("/a/sib")))
attempt("stat sib is dir", lambda: os.stat("/a/sib")[0] & 0o170000 == 0o040000)
attempt("statvfs sib", lambda: len(os.statvfs("/a/sib")))
attempt("read out", lambda: read("/a/out"))
attempt("stat out", lambda: os.stat("/a/out"))
attempt("write out", lambda: write("/a/out", "x"))
attempt("read loop", lambda: read("/loop"))
attempt("stat loop", lambda: os.stat("/loop/x"))
attempt("chdir sib", lambda: os.chdir("/a/sib"))
print(os.getcwd())
attempt("relative read", lambda: read("file.txt"))
attempt("chdir out", lambda: os.chdir("/a/out"))
print(os.getcwd())
os.chdir("/")
attempt("mkdir through sib", lambda: os.mkdir("/a/sib/made"))
attempt("listdir c", lambda: sorted(os.listdir("/c")))
attempt("rename through sib", lambda: os.rename("/a/sib/made", "/a/sib/moved"))
attempt("rmdir", lambda: os.rmdir("/c/moved"))
attempt("write through sib", lambda: write("/a/sib/new.txt", "new"))
attempt("read it", lambda: read("/c/new.txt"))
attempt("remove through sib", lambda: os.remove("/a/sib/new.txt"))
attempt("mkdir through out", lambda: os.mkdir("/a/out/x"))
attempt("rename into out", lambda: os.rename("/c/file.txt", "/a/out/taken"))
vfs.umount("/")
vfs.mount(vfs.VfsPosix(), "/")
os.chdir(home)
print(sorted(os.listdir("sandbox_links_root/c")), sorted(os.listdir("sandbox_links_root/a")))
