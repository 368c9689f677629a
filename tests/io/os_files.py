# The os module's filesystem functions through the VFS, with the errno
# of each failure.
import errno
import os

D = "os_files.dir"
F = D + "/f.txt"

start = os.getcwd()
os.mkdir(D)
with open(F, "w") as f:
    f.write("12345")
os.mkdir(D + "/sub")
print(sorted(os.listdir(D)), sorted(os.listdir(D.encode())))
st = os.stat(F)
print(len(st), st[6], st.st_size, st[0] & 0o170000 == 0o100000, os.stat(D)[0] & 0o170000 == 0o040000)
print(st.st_mtime > 0, isinstance(st[1], int))
v = os.statvfs(D)
print(len(v), v[0] > 0, v.f_bsize == v[0], v[2] >= v[3] >= 0)
os.rename(F, D + "/g.txt")
print(sorted(os.listdir(D)))
os.chdir(D)
print(os.getcwd() == start + "/" + D, sorted(os.listdir()), sorted(os.listdir(".")))
with open("g.txt") as f:
    print(f.read())
os.chdir("sub")
print(os.listdir(".."), os.getcwd().endswith("/sub"))
os.chdir("..")
os.chdir(start)
print(os.getcwd() == start)

def err(fn, *args):
    try:
        fn(*args)
        print(fn.__name__, "ok")
    except OSError as e:
        print(fn.__name__, type(e).__name__, errno.errorcode[e.errno])

err(os.mkdir, D)
err(os.rmdir, D)
err(os.remove, D)
err(os.remove, D + "/missing")
err(os.rmdir, D + "/g.txt")
err(os.listdir, D + "/g.txt")
err(os.stat, D + "/missing")
err(os.chdir, D + "/g.txt")
err(os.chdir, D + "/missing")
err(os.rename, D + "/missing", D + "/x")
err(os.mkdir, D + "/missing/deeper")
err(os.listdir, "no_such_dir_here")
for bad in (None, 1.5, [1]):
    try:
        os.stat(bad)
    except TypeError as e:
        print("TypeError:", e)
for fn in (os.stat, os.mkdir, os.remove, os.listdir):
    try:
        fn("a\0b")
    except ValueError as e:
        print("ValueError:", e)
    try:
        fn(None)
    except TypeError as e:
        print("TypeError:", e)

os.remove(D + "/g.txt")
os.rmdir(D + "/sub")
os.rmdir(D)
print(D in os.listdir())

u = os.uname()
print(len(u), u.sysname == u[0], isinstance(u.machine, str))
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError:", e)
os.putenv("UPY_TEST_VAR", "value")
print(os.getenv("UPY_TEST_VAR"), os.getenv("UPY_NO_SUCH_VAR"), os.getenv("UPY_NO_SUCH_VAR", "dflt"))
print(os.environ.get("UPY_TEST_VAR"), "PATH" in os.environ)
os.unsetenv("UPY_TEST_VAR")
print(os.getenv("UPY_TEST_VAR"))
os.sync()
print(os.sep)
os.environ["UPY_TEST_VAR2"] = "v2"
print(os.getenv("UPY_TEST_VAR2"))
del os.environ["UPY_TEST_VAR2"]
print(os.getenv("UPY_TEST_VAR2"))
for bad in ("", "A=B"):
    for fn, args in ((os.putenv, (bad, "x")), (os.unsetenv, (bad,))):
        try:
            fn(*args)
        except (ValueError, OSError) as e:
            print(type(e).__name__, e)
