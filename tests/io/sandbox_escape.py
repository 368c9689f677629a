# upy-exp: handwritten: vfs.VfsPosix(root) is MicroPython's; as a sandbox no path may leave its root: not '..', absolute paths, bytes paths, NUL bytes, or the symbolic links in sandbox_root (up -> ../.., etc_link -> /etc, dangling -> a missing file outside). Refusals are EACCES (or ENOENT where the normalised path does not exist inside).
import os
import vfs

home = os.getcwd()
box = vfs.VfsPosix(home + "/sandbox_root")
vfs.umount("/")
vfs.mount(box, "/")
os.chdir("/")
print(os.getcwd(), sorted(os.listdir("/")))

def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except OSError as e:
        print(label, "-> OSError", e.args[0])
    except ValueError as e:
        print(label, "-> ValueError", e)

def read(p, mode="r"):
    with open(p, mode) as f:
        return f.read()

attempt("read inside", lambda: read("/inside.txt").strip())
attempt("read good link", lambda: read("good_link").strip())
attempt("read sub", lambda: read("sub/../sub/deep.txt").strip())
attempt("dotdot listdir", lambda: sorted(os.listdir("/..")))
attempt("dotdot chain", lambda: sorted(os.listdir("../../../..")))
attempt("dotdot file", lambda: read("/../../../../etc/passwd"))
attempt("bytes dotdot", lambda: sorted(os.listdir(b"/../..")))
attempt("up link listdir", lambda: os.listdir("/up"))
attempt("up link file", lambda: read("/up/io/sandbox_escape.py"))
attempt("up link stat", lambda: os.stat("up")[0] > 0)
attempt("etc link", lambda: read("/etc_link/hostname"))
attempt("etc link listdir", lambda: os.listdir("etc_link"))
attempt("dangling stat", lambda: os.stat("/dangling"))
attempt("dangling create", lambda: open("/dangling", "w"))
attempt("write through up", lambda: open("/up/io/escaped.tmp", "w"))
attempt("mkdir through up", lambda: os.mkdir("/up/escaped_dir"))
attempt("rename out", lambda: os.rename("/inside.txt", "/up/stolen.txt"))
attempt("remove through link", lambda: os.remove("/up/io/sandbox_escape.py"))
attempt("chdir up", lambda: os.chdir("/up"))
attempt("nul byte", lambda: open("/inside\x00.txt"))
attempt("statvfs", lambda: len(os.statvfs("/")))
print(os.getcwd())
vfs.umount("/")
vfs.mount(vfs.VfsPosix(), "/")
os.chdir(home)
print(os.getcwd() == home, "escaped.tmp" in os.listdir("."), "escaped_dir" in os.listdir(".."))
print(os.path.exists("/nonexistent_upy_target") if hasattr(os, "path") else "nonexistent_upy_target" in os.listdir("/"))
